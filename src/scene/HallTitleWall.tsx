import { type Recommendation } from '../content'
import { hallName, translate } from '../i18n'
import type { Hall } from '../plan'
import { useExhibition } from '../state/store'
import { Emblem } from './Emblem'
import { Label } from './text/Label'
import { LabelBatch } from './text/LabelBatch'
import { Plate } from './Plate'

type HallTitleWallProps = {
  hall: Hall
  recommendation: Recommendation
}

/**
 * The far wall of a hall: its number, the recommendation's full title (shrunk to three lines
 * when long, as in English), its emblem; and the reply's own words on the recommendation before
 * its first measure, when it has them, under the title.
 */
export function HallTitleWall({ hall, recommendation }: HallTitleWallProps) {
  const language = useExhibition((s) => s.language)
  const { titleWall } = hall
  const { width, height } = titleWall
  const intro = recommendation.intro.map((p) => p.text).join('\n')
  return (
    <Plate placement={titleWall} accent={hall.colour}>
      <Emblem
        kind={hall.emblem}
        colour={hall.colour}
        position={[0, height / 2 + 0.45, 0.3]}
        size={0.4}
      />
      <LabelBatch>
        <Label fontSize={0.5} position={[0, height / 2 - 0.6, 0.01]} color={hall.colour}>
          {hallName(language, hall.number)}
        </Label>
        <Label fontSize={0.26} position={[0, height / 2 - 1.15, 0.01]} color="#c9d8f5">
          {translate(language, 'recommendation', { ordinal: recommendation.ordinal })}
        </Label>
        <Label
          fontSize={intro ? 0.3 : 0.36}
          maxLines={intro ? 2 : 3}
          // Centred in the band between the subtitle and the exhibit count (its upper part when
          // the introduction takes the lower).
          position={[0, intro ? 0.05 : -0.4, 0.01]}
          maxWidth={width - 1.2}
          textAlign="center"
        >
          {recommendation.title}
        </Label>
        {intro && (
          <Label
            fontSize={0.17}
            maxLines={4}
            maxHeight={0.85}
            position={[0, -0.85, 0.01]}
            maxWidth={width - 1.6}
            textAlign="center"
            color="#c9d8f5"
          >
            {intro}
          </Label>
        )}
        <Label fontSize={0.2} position={[0, -height / 2 + 0.35, 0.01]} color="#9fb2d9">
          {translate(language, 'exhibitCount', { count: recommendation.measures.length })}
        </Label>
      </LabelBatch>
    </Plate>
  )
}
