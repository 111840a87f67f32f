import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { watchMastheadFold } from './mastheadFold'
import { useShown } from '../exhibition/shown'
import { OpenReplyButton } from './OpenReply'
import { hallName, translate } from '../i18n'
import { samePlace, type Place } from '../plan'
import { switchLanguage } from '../state/language'
import { TEXT_HASH } from '../state/placeHash'
import { useExhibition } from '../state/store'

/** The masthead: the pavilion, the reply's title, where the visitor is, and a way to every hall. */
export function Hud() {
  const { exhibition, document } = useShown()
  const { plan } = exhibition
  const language = useExhibition((s) => s.language)
  const place = useExhibition((s) => s.place)
  const goTo = useExhibition((s) => s.goTo)
  const mapOpen = useExhibition((s) => s.mapOpen)
  const reducedMotion = useExhibition((s) => s.reducedMotion)
  const touring = useExhibition((s) => s.tour.status !== 'off')
  const kiosk = useExhibition((s) => s.kiosk)
  const visited = useExhibition((s) => s.visited)
  const { toggleMap, toggleHelp, toggleReducedMotion, beginTour, exitTour } =
    useExhibition.getState()
  const exhibitCount = plan.halls.reduce((sum, hall) => sum + hall.stands.length, 0)
  const visitedCount = visited.filter((id) =>
    plan.halls.some((hall) => hall.stands.some((stand) => stand.id === id)),
  ).length
  const otherLanguage = language === 'zh' ? 'en' : 'zh'
  const trail = [translate(language, 'lobby')]
  if (place.kind !== 'lobby') trail.push(hallName(language, place.hall))
  if (place.kind === 'exhibit')
    trail.push(translate(language, 'exhibit', { hall: place.hall, exhibit: place.exhibit }))
  const destinations: { place: Place; label: string }[] = [
    { place: { kind: 'lobby' }, label: translate(language, 'lobby') },
    ...plan.halls.map((hall) => ({
      place: { kind: 'hall', hall: hall.number } as Place,
      label: hallName(language, hall.number),
    })),
  ]
  // When the buttons would not fit on one row beside the names (a phone, or many halls on a
  // narrow screen) they fold into a menu: open, it is a list of the same buttons; a choice or Esc
  // closes it, Esc handing focus back to the menu button.
  const hud = useRef<HTMLElement>(null)
  const rowHolds = `${language}|${destinations.length}|${kiosk}|${!!exhibition.english || language === 'en'}|${touring}|${mapOpen}|${reducedMotion}`
  useLayoutEffect(() => (hud.current ? watchMastheadFold(hud.current) : undefined), [rowHolds])
  const [menuOpen, setMenuOpen] = useState(false)
  const menuButton = useRef<HTMLButtonElement>(null)
  const closeMenu = () => setMenuOpen(false)
  const onMenuKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return
    event.stopPropagation()
    setMenuOpen(false)
    menuButton.current?.focus()
  }
  const inRoom = (target: Place) =>
    target.kind === 'lobby'
      ? place.kind === 'lobby'
      : place.kind !== 'lobby' && target.kind !== 'exhibit' && place.hall === target.hall
  return (
    <header className="hud" ref={hud}>
      <div className="hud__titles">
        <p className="hud__pavilion">{exhibition.name[language]}</p>
        <h1 className="hud__title">{document.meta.title.value}</h1>
        <p className="hud__trail" aria-label={translate(language, 'breadcrumb')}>
          {trail.join(' › ')}
        </p>
        {!kiosk && (
          <p className="hud__visited" data-visited={visitedCount}>
            {translate(language, 'visitedProgress', { visited: visitedCount, count: exhibitCount })}
          </p>
        )}
      </div>
      <button
        ref={menuButton}
        type="button"
        className="hud__button hud__menu"
        aria-expanded={menuOpen}
        aria-controls="hud-nav"
        onClick={() => setMenuOpen((open) => !open)}
      >
        {translate(language, 'menu')}
      </button>
      <nav
        id="hud-nav"
        className="hud__nav"
        data-open={menuOpen}
        aria-label={translate(language, 'navigation')}
        onKeyDown={onMenuKey}
        // Any choice made in the menu closes it (the buttons act on their own click first).
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('.hud__button')) closeMenu()
        }}
      >
        {destinations.map((destination) => (
          <button
            key={destination.label}
            type="button"
            className="hud__button"
            aria-current={inRoom(destination.place) ? 'location' : undefined}
            onClick={() => {
              if (!samePlace(destination.place, place)) goTo(destination.place)
            }}
          >
            {destination.label}
          </button>
        ))}
        <button
          type="button"
          className="hud__button hud__button--tool"
          aria-pressed={touring}
          title={translate(language, 'tourStart')}
          onClick={() => (touring ? exitTour() : beginTour())}
        >
          {translate(language, 'tour')}
        </button>
        <button
          type="button"
          className="hud__button hud__button--tool"
          aria-pressed={mapOpen}
          onClick={() => toggleMap()}
        >
          {translate(language, mapOpen ? 'hideMap' : 'showMap')}
        </button>
        <button
          type="button"
          className="hud__button hud__button--tool"
          onClick={() => toggleHelp(true)}
        >
          {translate(language, 'help')}
        </button>
        <a className="hud__button hud__button--tool" href={TEXT_HASH}>
          {translate(language, 'textView')}
        </a>
        {/* A kiosk shows its own exhibition only: no file picker for passers-by. */}
        {!kiosk && <OpenReplyButton className="hud__button hud__button--tool" />}
        {/* A reply without a translation is shown in its own language only; a page in English
            (?lang=en, or a reply opened while reading the English) can still go back to Chinese. */}
        {(exhibition.english || language === 'en') && (
          <button
            type="button"
            className="hud__button hud__button--tool"
            lang={otherLanguage === 'en' ? 'en' : 'zh-CN'}
            title={translate(language, 'switchLanguage')}
            onClick={() => void switchLanguage(otherLanguage)}
          >
            {translate(language, 'otherLanguage')}
          </button>
        )}
        <button
          type="button"
          className="hud__button hud__button--tool"
          aria-pressed={reducedMotion}
          onClick={() => toggleReducedMotion()}
        >
          {translate(language, 'reduceMotion')}
        </button>
      </nav>
    </header>
  )
}
