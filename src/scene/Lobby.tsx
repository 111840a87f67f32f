import type { ReplyDocument } from '../content'
import { closingLines } from '../content'
import { recommendationById } from '../exhibition/exhibition'
import { useShown } from '../exhibition/shown'
import { translate } from '../i18n'
import type { ExhibitionPlan } from '../plan'
import { useExhibition } from '../state/store'
import { FloorGuides } from './FloorGuides'
import { FloorPlanTable } from './FloorPlanTable'
import { HallSign } from './HallSign'
import { Label } from './text/Label'
import { rectBounds, TextFrame } from './text/textFrame'
import { TextPanel } from './TextPanel'
import { WelcomeBoard } from './WelcomeBoard'

type LobbyProps = {
  document: ReplyDocument
  plan: ExhibitionPlan
}

/** The lobby: the welcome board with the reply's header, its opening and overview on the side walls. */
export function Lobby({ document, plan }: LobbyProps) {
  const language = useExhibition((s) => s.language)
  const { lobby } = plan
  const pavilion = useShown().exhibition.name[language]
  // The name stands on the wall by itself, in the band the plan gives it.
  const { center, width: signWidth, height: signHeight } = lobby.pavilionSign
  const pavilionBounds = rectBounds(signWidth, signHeight, center[0], center[1])
  // The signature (issuer and date) is shown with the contact, in the order the reply has them.
  const contact = closingLines(document)
    .map((line) => line.text)
    .join('\u3000')
  return (
    <group name="lobby">
      <TextFrame bounds={pavilionBounds}>
        <Label
          position={lobby.pavilionSign.center}
          rotation={[0, lobby.pavilionSign.rotationY, 0]}
          fontSize={0.9}
          maxLines={1}
          letterSpacing={0.25}
          color="#7fd8ff"
          maxWidth={lobby.pavilionSign.width}
        >
          {pavilion}
        </Label>
      </TextFrame>
      <WelcomeBoard document={document} plan={plan} />
      <TextPanel
        placement={lobby.openingPanel}
        heading={translate(language, 'opening')}
        body={document.opening.map((p) => p.text).join('\n')}
        footer={contact ? `${translate(language, 'contact')}\u3000${contact}` : undefined}
      />
      <TextPanel
        placement={lobby.overviewPanel}
        heading={document.overview.heading.text}
        body={document.overview.paragraphs.map((p) => p.text).join('\n')}
      />
      <FloorPlanTable plan={plan} />
      <FloorGuides plan={plan} />
      {plan.halls.map((hall) => {
        const recommendation = recommendationById(document, hall.recommendationId)
        return recommendation ? (
          <HallSign key={hall.number} hall={hall} recommendation={recommendation} />
        ) : null
      })}
    </group>
  )
}
