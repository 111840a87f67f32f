import type { ReplyDocument } from '../content'
import { translate } from '../i18n'
import type { ExhibitionPlan } from '../plan'
import { useExhibition } from '../state/store'
import { FloorPlanTable } from './FloorPlanTable'
import { HallSign } from './HallSign'
import { HeaderWall } from './HeaderWall'
import { TextPanel } from './TextPanel'

type LobbyProps = {
  document: ReplyDocument
  plan: ExhibitionPlan
}

/** The lobby: the reply's header above the hall doors, its opening and overview on the side walls. */
export function Lobby({ document, plan }: LobbyProps) {
  const language = useExhibition((s) => s.language)
  const { lobby } = plan
  const contact = document.contact?.lines.map((line) => line.text).join('\u3000') ?? ''
  return (
    <group name="lobby">
      <HeaderWall document={document} placement={lobby.headerWall} />
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
      {plan.halls.map((hall, i) => {
        const recommendation = document.recommendations[i]
        return recommendation ? (
          <HallSign key={hall.number} hall={hall} recommendation={recommendation} />
        ) : null
      })}
    </group>
  )
}
