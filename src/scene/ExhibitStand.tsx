import { useMemo, useState } from 'react'
import type { KeyFigure, Measure } from '../content'
import { hallName, translate, type Language } from '../i18n'
import {
  fitFontSize,
  pagerStep,
  pageText,
  panelPager,
  plaqueLayout,
  plinthCells,
  textCapacity,
  type ExhibitStand as StandPlan,
  type Hall,
} from '../plan'
import { useExhibition } from '../state/store'
import { Emblem } from './Emblem'
import { FigureDisplay } from './FigureDisplay'
import { Label } from './Label'
import { LabelBatch } from './LabelBatch'
import { NamePlaques } from './NamePlaques'
import { Plate } from './Plate'
import { onTap, useHoverCursor } from './useHoverCursor'

type ExhibitStandProps = {
  stand: StandPlan
  hall: Hall
  measure: Measure
  /** Organisations the measure names, shown as plaques. */
  bodies: readonly string[]
}

const TITLE_SIZE = 0.2
const TITLE_MIN_SIZE = 0.13
const BODY_SIZE = 0.105
const BODY_LINE_HEIGHT = 1.45
const PLAQUE_SIZE = 0.075
const CAPTION_SIZE = 0.095

/** What a figure counts, as its caption says it: 高校, universities, 年份. */
function captionOf(figure: KeyFigure, language: Language): string {
  return figure.kind === 'year' ? translate(language, 'yearLabel') : figure.label
}

/** One exhibit: the measure's panel, paged when long, and its key figures on a plinth in front. */
export function ExhibitStand({ stand, hall, measure, bodies }: ExhibitStandProps) {
  const language = useExhibition((s) => s.language)
  const goTo = useExhibition((s) => s.goTo)
  const hover = useHoverCursor()
  const [page, setPage] = useState(0)
  // The body starts under the title, however many lines the title wraps to.
  const [titleHeight, setTitleHeight] = useState(0.3)
  const { panel, plinth } = stand
  const cells = useMemo(() => plinthCells(measure.figures, plinth), [measure, plinth])
  const { width, height } = panel
  // Captions share one size, small enough for the longest label to fit on two lines.
  const captionSize = Math.min(
    CAPTION_SIZE,
    ...cells.map((c) =>
      fitFontSize(captionOf(c.figure, language), c.width * 0.95, 2, CAPTION_SIZE),
    ),
  )
  // A long (English) title shrinks to three lines, never below a size clearly above the body's,
  // so that it does not crowd the text off the panel.
  const titleSize = Math.max(TITLE_MIN_SIZE, fitFontSize(measure.title, width - 0.4, 3, TITLE_SIZE))
  // English names run about twice as long as Chinese ones; smaller plaques keep room for text.
  const plaqueSize = language === 'en' ? PLAQUE_SIZE * 0.85 : PLAQUE_SIZE
  const plaquesHeight = useMemo(
    () => plaqueLayout(bodies, width - 0.4, plaqueSize).height,
    [bodies, width, plaqueSize],
  )
  const captionsHeight = captionSize * 1.45 * 3
  const bottom = -height / 2 + (cells.length > 0 ? 0.12 + captionsHeight : 0.15)
  const bodyTop = height / 2 - 0.55 - titleHeight
  const capacity = textCapacity(
    width - 0.4,
    bodyTop - bottom - plaquesHeight - 0.1,
    BODY_SIZE,
    BODY_LINE_HEIGHT,
    language === 'en',
  )
  const pages = useMemo(
    () => pageText(measure.paragraphs.map((p) => p.text).join('\n'), capacity),
    [measure, capacity],
  )
  // The plinth relative to the panel's centre, in the panel's own frame (face along +z).
  const plinthAt: [number, number, number] = [
    0,
    plinth.center[1] - panel.center[1],
    0.35 + plinth.depth / 2,
  ]
  // Page turning: the prev/next words are plain text in the panel's batch, so a click on the
  // panel is tested against where they are written.
  const pager = panelPager(width, height)
  const onClick = onTap((event) => {
    const local = event.eventObject.worldToLocal(event.point.clone())
    const step = pages.length > 1 ? pagerStep(pager, local.x, local.y) : 0
    if (step !== 0) {
      setPage((current) => (current + step + pages.length) % pages.length)
      return
    }
    goTo({ kind: 'exhibit', hall: stand.hall, exhibit: stand.exhibit })
  })
  return (
    <group
      name={`exhibit-${stand.id}`}
      position={panel.center}
      rotation-y={panel.rotationY}
      onClick={onClick}
      {...hover}
    >
      <Plate width={width} height={height} accent={hall.colour}>
        <LabelBatch>
          <Label
            fontSize={0.12}
            position={[-width / 2 + 0.2, height / 2 - 0.22, 0.01]}
            anchorX="left"
            color={hall.colour}
          >
            {`${translate(language, 'exhibit', { hall: stand.hall, exhibit: stand.exhibit })}\u3000${hallName(language, stand.hall)}\u3000${translate(language, 'measure', { n: measure.ordinal })}`}
          </Label>
          {pages.length > 1 && (
            <>
              <Label fontSize={0.1} position={[...pager.previous, 0.01]} color={hall.colour}>
                {`‹ ${translate(language, 'previousPage')}`}
              </Label>
              <Label fontSize={0.1} position={[...pager.page, 0.01]}>
                {translate(language, 'page', { page: page + 1, pages: pages.length })}
              </Label>
              <Label fontSize={0.1} position={[...pager.next, 0.01]} color={hall.colour}>
                {`${translate(language, 'nextPage')} ›`}
              </Label>
            </>
          )}
          <Label
            fontSize={titleSize}
            position={[-width / 2 + 0.2, height / 2 - 0.4, 0.01]}
            anchorX="left"
            anchorY="top"
            maxWidth={width - 0.4}
            onSync={(mesh) => {
              const bounds = mesh.textRenderInfo?.blockBounds
              if (bounds) setTitleHeight(bounds[3] - bounds[1])
            }}
          >
            {measure.title}
          </Label>
          <Label
            fontSize={BODY_SIZE}
            lineHeight={BODY_LINE_HEIGHT}
            position={[-width / 2 + 0.2, bodyTop, 0.01]}
            anchorX="left"
            anchorY="top"
            maxWidth={width - 0.4}
            color="#dbe6ff"
          >
            {pages[Math.min(page, pages.length - 1)] ?? ''}
          </Label>
          <NamePlaques
            names={bodies}
            origin={[-width / 2 + 0.2, bottom, 0.01]}
            width={width - 0.4}
            fontSize={plaqueSize}
          />
          {cells.map(({ figure, x, width: cellWidth }) => (
            <Label
              key={figure.id}
              fontSize={captionSize}
              position={[x, -height / 2 + 0.08, 0.01]}
              anchorY="bottom"
              maxWidth={cellWidth * 0.95}
              textAlign="center"
              color="#ffffff"
            >
              {`${figure.qualifier}${figure.text}\n${captionOf(figure, language)}`}
            </Label>
          ))}
        </LabelBatch>
      </Plate>
      <group position={plinthAt}>
        <mesh>
          <boxGeometry args={[plinth.width, plinth.height, plinth.depth]} />
          <meshLambertMaterial color="#151f3d" />
        </mesh>
        <group position={[0, plinth.height / 2, 0]}>
          {cells.map(({ figure, x, width: cellWidth, shape }) => (
            <group key={figure.id} position={[x, 0, 0]}>
              <FigureDisplay
                shape={shape}
                width={cellWidth}
                depth={plinth.depth}
                colour={hall.colour}
              />
            </group>
          ))}
          {cells.length === 0 && (
            <Emblem kind={hall.emblem} colour={hall.colour} position={[0, 0.55, 0]} size={0.32} />
          )}
        </group>
      </group>
    </group>
  )
}
