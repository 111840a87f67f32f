import { useMemo, useState } from 'react'
import type { KeyFigure, Measure } from '../content'
import { hallName, translate, type Language } from '../i18n'
import {
  pagerStep,
  panelPager,
  plinthCells,
  STAND_TEXT,
  standTextLayout,
  type ExhibitStand as StandPlan,
  type Hall,
  type PlinthCell,
  type StandTextInput,
} from '../plan'
import { useExhibition } from '../state/store'
import { Emblem } from './Emblem'
import { FigureDisplay } from './FigureDisplay'
import { LitMesh } from './LitMesh'
import { NamePlaques } from './NamePlaques'
import { Plate } from './Plate'
import { Label } from './text/Label'
import { TextFrame } from './text/textFrame'
import { LabelBatch } from './text/LabelBatch'
import { loadedSceneFont, useSceneFont } from './text/sceneFont'
import { onTap, useHoverCursor } from './useHoverCursor'

type ExhibitStandProps = {
  stand: StandPlan
  hall: Hall
  measure: Measure
  /** Organisations the measure names, shown as plaques. */
  bodies: readonly string[]
}

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
  const { panel, plinth } = stand
  const cells = useMemo(() => plinthCells(measure.figures, plinth), [measure, plinth])
  const { width, height } = panel
  const input = useMemo<StandTextInput>(
    () => ({
      title: measure.title,
      body: measure.paragraphs.map((p) => p.text).join('\n'),
      captions: cells.map((c) => ({ text: captionOf(c.figure, language), width: c.width })),
      bodies,
      width,
      height,
      english: language === 'en',
    }),
    [measure, cells, language, bodies, width, height],
  )
  // The plinth relative to the panel's centre, in the panel's own frame (face along +z).
  const plinthAt: [number, number, number] = [
    0,
    plinth.center[1] - panel.center[1],
    0.35 + plinth.depth / 2,
  ]
  // Page turning: the prev/next words are plain text in the panel's batch, so a click on the
  // panel is tested against where they are written. The pages exist once the font has loaded
  // (before that there is no text to turn).
  const pager = panelPager(width, height)
  const onClick = onTap((event) => {
    const font = loadedSceneFont()
    const pages = font ? standTextLayout(input, font.atlas).pages.length : 1
    const local = event.eventObject.worldToLocal(event.point.clone())
    const step = pages > 1 ? pagerStep(pager, local.x, local.y) : 0
    if (step !== 0) {
      setPage((current) => (current + step + pages) % pages)
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
          <StandText
            stand={stand}
            hall={hall}
            measure={measure}
            input={input}
            cells={cells}
            page={page}
            language={language}
          />
        </LabelBatch>
      </Plate>
      <group position={plinthAt}>
        <LitMesh albedo="#151f3d">
          <boxGeometry args={[plinth.width, plinth.height, plinth.depth]} />
        </LitMesh>
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

type StandTextProps = {
  stand: StandPlan
  hall: Hall
  measure: Measure
  input: StandTextInput
  cells: readonly PlinthCell[]
  page: number
  language: Language
}

/** The panel's words, laid out with the font's measures (so it waits for the font). */
function StandText({ stand, hall, measure, input, cells, page, language }: StandTextProps) {
  const font = useSceneFont()
  const layout = useMemo(() => (font ? standTextLayout(input, font.atlas) : null), [font, input])
  if (!layout) return null
  const { width, height } = input
  const { margin } = STAND_TEXT
  const { pages } = layout
  const pager = panelPager(width, height)
  return (
    <>
      <Label
        fontSize={0.12}
        position={[-width / 2 + margin, height / 2 - 0.22, 0.01]}
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
            {translate(language, 'page', { page: (page % pages.length) + 1, pages: pages.length })}
          </Label>
          <Label fontSize={0.1} position={[...pager.next, 0.01]} color={hall.colour}>
            {`${translate(language, 'nextPage')} ›`}
          </Label>
        </>
      )}
      <Label
        fontSize={layout.titleSize}
        lineHeight={STAND_TEXT.lineHeight}
        position={[-width / 2 + margin, height / 2 - 0.4, 0.01]}
        anchorX="left"
        anchorY="top"
        maxWidth={width - 2 * margin}
      >
        {measure.title}
      </Label>
      <Label
        fontSize={STAND_TEXT.bodySize}
        lineHeight={STAND_TEXT.bodyLineHeight}
        position={[-width / 2 + margin, layout.bodyTop, 0.01]}
        anchorX="left"
        anchorY="top"
        maxWidth={width - 2 * margin}
        color="#dbe6ff"
      >
        {pages[page % pages.length] ?? ''}
      </Label>
      <NamePlaques
        names={input.bodies}
        origin={[-width / 2 + margin, layout.bottom, 0.01]}
        width={width - 2 * margin}
        fontSize={layout.plaqueSize}
        measures={font?.atlas}
      />
      {cells.map(({ figure, x, width: cellWidth }) => (
        // Each caption keeps to its cell, under the body text.
        <TextFrame
          key={figure.id}
          bounds={{
            minX: x - cellWidth / 2,
            maxX: x + cellWidth / 2,
            minY: -height / 2,
            maxY: layout.bottom,
          }}
        >
          <Label
            fontSize={layout.captionSize}
            position={[x, -height / 2 + 0.08, 0.01]}
            anchorY="bottom"
            maxWidth={cellWidth * 0.95}
            textAlign="center"
            color="#ffffff"
          >
            {`${figure.qualifier}${figure.text}\n${captionOf(figure, language)}`}
          </Label>
        </TextFrame>
      ))}
    </>
  )
}
