import { useCursor } from '@react-three/drei'
import { recommendationById } from '../exhibition/exhibition'
import { useShown } from '../exhibition/shown'
import type { ThreeEvent } from '@react-three/fiber'
import { useState } from 'react'
import type { ReplyDocument } from '../content'
import { hallName, translate } from '../i18n'
import {
  estimatedEms,
  firstPhrase,
  hallTitle,
  overflows,
  welcomeChoice,
  welcomeSlots,
  WELCOME_MARGIN,
  WELCOME_TEXT,
  type BoardBand,
  type ExhibitionPlan,
} from '../plan'
import { useExhibition } from '../state/store'
import { exactColour } from './displayColour'
import { LitMesh } from './LitMesh'
import { Plate } from './Plate'
import { Label } from './text/Label'
import { LabelBatch } from './text/LabelBatch'
import { rectBounds, TextFrame } from './text/textFrame'
import { onTap } from './useHoverCursor'

type WelcomeBoardProps = {
  document: ReplyDocument
  plan: ExhibitionPlan
}

/** A badge is as wide as its words, at least this wide. */
const BADGE_WIDTH = 1.5
const badgeWidth = (text: string) => Math.max(BADGE_WIDTH, estimatedEms(text) * WELCOME_TEXT + 0.4)
const BADGE_COLOURS = ['#1f8f6a', '#2a5bd7']

/**
 * The board in front of the spawn point (welcomeBoard.ts): the pavilion's name, the reply's header
 * as published (its result and disclosure as badges), its title, then one line per hall that walks
 * to the hall, and at its foot the way to the opening and the overview on the side walls.
 */
export function WelcomeBoard({ document, plan }: WelcomeBoardProps) {
  const language = useExhibition((s) => s.language)
  const name = useShown().exhibition.name[language]
  const goTo = useExhibition((s) => s.goTo)
  const lookAt = useExhibition((s) => s.lookAt)
  const { welcomeBoard: board } = plan.lobby
  const { meta } = document
  const inner = board.width - 2 * WELCOME_MARGIN
  // The overview's own heading when it fits half a line, else a short name for it.
  const heading = document.overview.heading.text
  const overviewLink = overflows(`${heading} ›`, inner / 2 - 0.1, 1)
    ? translate(language, 'overviewLink')
    : heading
  // A title too long for one line of the board's text (B129's in English) gets two.
  const titleLines = overflows(meta.title.value, inner, 1) ? 2 : 1
  const slots = welcomeSlots(plan.halls.length, board.height, board.width, titleLines)
  const left = -board.width / 2 + WELCOME_MARGIN
  const badges = [meta.result.value, meta.disclosure.value]
  // Side by side, 0.2 m apart, centred on the board.
  const widths = badges.map(badgeWidth)
  const row = widths.reduce((sum, w) => sum + w, 0) + 0.2 * (badges.length - 1)
  const badgeX = widths.map(
    (w, i) => -row / 2 + widths.slice(0, i).reduce((sum, v) => sum + v + 0.2, 0) + w / 2,
  )
  // One hit area for the whole board: where a tap lands says what it chooses (welcomeChoice).
  const [pointing, setPointing] = useState(false)
  useCursor(pointing, 'pointer', '')
  const choiceAt = (event: ThreeEvent<PointerEvent | MouseEvent>) => {
    const at = event.eventObject.worldToLocal(event.point.clone())
    return welcomeChoice(slots, at.x, at.y, board.width)
  }
  const choose = onTap((event) => {
    const choice = choiceAt(event)
    if (choice?.kind === 'hall') goTo({ kind: 'hall', hall: choice.hall })
    else if (choice?.kind === 'opening') lookAt(plan.lobby.contactView)
    else if (choice?.kind === 'overview') lookAt(plan.lobby.overviewView)
  })
  // The lower edge, where the board stands on its plinth (it leans forward from there).
  const foot = {
    y: board.center[1] - (board.height / 2) * Math.cos(board.tilt),
    z: board.center[2] - (board.height / 2) * Math.sin(board.tilt),
  }
  return (
    <group>
      <LitMesh position={[board.center[0], foot.y / 2, foot.z - 0.1]} albedo="#1a2547">
        <boxGeometry args={[board.width + 0.2, foot.y, 0.7]} />
      </LitMesh>
      <Plate
        position={board.center}
        rotation={[board.tilt, board.rotationY, 0, 'YXZ']}
        width={board.width}
        height={board.height}
        colour="#0f1730"
        onClick={choose}
        onPointerMove={(event) => {
          event.stopPropagation()
          setPointing(choiceAt(event) !== null)
        }}
        onPointerOut={() => setPointing(false)}
      >
        {/* All of the board's text is one mesh: one draw call for some twenty labels. */}
        <LabelBatch>
          <Label
            landmark="pavilion"
            fontSize={0.4}
            maxWidth={inner}
            maxLines={1}
            // Spaced out as a sign is when it is all characters; letters and digits stay together.
            letterSpacing={/[A-Za-z0-9]/.test(name) ? 0.06 : 0.25}
            color="#7fd8ff"
            position={[0, slots.name.y, 0.01]}
          >
            {name}
          </Label>
          {badges.map((badge, i) => (
            <group key={badge} position={[badgeX[i] ?? 0, slots.badges.y, 0.01]}>
              <mesh>
                <planeGeometry args={[badgeWidth(badge), slots.badges.height - 0.06]} />
                <meshBasicMaterial
                  color={exactColour(BADGE_COLOURS[i % BADGE_COLOURS.length] ?? '#2a5bd7')}
                  toneMapped={false}
                />
              </mesh>
              <TextFrame bounds={rectBounds(badgeWidth(badge), slots.badges.height - 0.06)}>
                <Label
                  fontSize={WELCOME_TEXT}
                  maxWidth={badgeWidth(badge) - 0.2}
                  maxLines={1}
                  position={[0, 0, 0.01]}
                >
                  {badge}
                </Label>
              </TextFrame>
            </group>
          ))}
          <Label
            fontSize={WELCOME_TEXT}
            maxWidth={inner}
            maxLines={1}
            color="#9fc3ff"
            position={[0, slots.issuer.y, 0.01]}
          >
            {`${meta.issuer.value}\u3000${meta.docNumber.value}`}
          </Label>
          <Label
            landmark="title"
            fontSize={0.3}
            maxWidth={inner}
            maxLines={titleLines}
            maxHeight={slots.title.height}
            lineHeight={1.3}
            textAlign="center"
            position={[0, slots.title.y, 0.01]}
          >
            {meta.title.value}
          </Label>
          <Label
            fontSize={WELCOME_TEXT}
            maxWidth={inner}
            maxLines={1}
            color="#c9d8f5"
            position={[0, slots.addressee.y, 0.01]}
          >
            {meta.addressee.text}
          </Label>
          <mesh position={[0, slots.rule, 0.005]}>
            <planeGeometry args={[inner, 0.02]} />
            <meshBasicMaterial color={exactColour('#2b4a8f')} toneMapped={false} />
          </mesh>
          {plan.halls.map((hall, i) => {
            const band = slots.halls[i]
            const recommendation = recommendationById(document, hall.recommendationId)
            if (!band || !recommendation) return null
            const topic = slots.topic(band)
            return (
              <group key={hall.number} position={[0, band.y, 0.01]}>
                <mesh position={[left + 0.04, 0, 0.002]}>
                  <planeGeometry args={[0.08, band.height]} />
                  <meshBasicMaterial color={exactColour(hall.colour)} toneMapped={false} />
                </mesh>
                <TextFrame bounds={rectBounds(inner, band.height)}>
                  <Label
                    landmark={`hall-${hall.number}`}
                    fontSize={WELCOME_TEXT}
                    maxWidth={slots.hallColumn - 0.2}
                    maxLines={1}
                    anchorX="left"
                    anchorY={band.height > 2.2 * WELCOME_TEXT ? 'bottom' : 'middle'}
                    color={hall.colour}
                    position={[left + 0.2, band.height > 2.2 * WELCOME_TEXT ? 0.01 : 0, 0.01]}
                  >
                    {hallName(language, hall.number)}
                  </Label>
                  {band.height > 2.2 * WELCOME_TEXT && (
                    <Label
                      fontSize={WELCOME_TEXT}
                      maxWidth={slots.hallColumn - 0.2}
                      maxLines={1}
                      anchorX="left"
                      anchorY="top"
                      color="#9fb4dd"
                      position={[left + 0.2, -0.01, 0.01]}
                    >
                      {translate(language, 'recommendation', { ordinal: recommendation.ordinal })}
                    </Label>
                  )}
                  <Label
                    landmark={`hall-${hall.number}-topic`}
                    fontSize={WELCOME_TEXT}
                    maxWidth={topic.maxWidth}
                    maxLines={topic.maxLines}
                    maxHeight={topic.maxHeight}
                    lineHeight={topic.lineHeight}
                    shorter={firstPhrase(recommendation.topic)}
                    anchorX="left"
                    position={[topic.x, 0, 0.01]}
                  >
                    {hallTitle(recommendation.topic, plan.halls.length)}
                  </Label>
                </TextFrame>
              </group>
            )
          })}
          <FootLink
            side="left"
            landmark="opening"
            half={inner / 2}
            band={slots.walls}
          >{`‹ ${translate(language, 'opening')}`}</FootLink>
          <FootLink
            side="right"
            landmark="overview"
            half={inner / 2}
            band={slots.walls}
          >{`${overviewLink} ›`}</FootLink>
        </LabelBatch>
      </Plate>
    </group>
  )
}

type FootLinkProps = {
  side: 'left' | 'right'
  landmark: string
  /** Half the board's inner width: each link has its half of the foot. */
  half: number
  band: BoardBand
  children: string
}

/** One of the two ways to the side walls at the board's foot, in its own half, from its edge. */
function FootLink({ side, landmark, half, band, children }: FootLinkProps) {
  const edge = side === 'left' ? -half : half
  return (
    <TextFrame
      bounds={{
        minX: side === 'left' ? -half : 0,
        maxX: side === 'left' ? 0 : half,
        minY: band.y - band.height / 2,
        maxY: band.y + band.height / 2,
      }}
    >
      <Label
        position={[edge, band.y, 0.01]}
        landmark={landmark}
        fontSize={WELCOME_TEXT}
        maxWidth={half - 0.1}
        maxLines={1}
        anchorX={side}
        color="#7fd8ff"
      >
        {children}
      </Label>
    </TextFrame>
  )
}
