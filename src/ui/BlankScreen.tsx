import { translate } from '../i18n'
import { useExhibition } from '../state/store'

/** The presenter's black screen (B or .): everything hidden until a key or a tap brings it back. */
export function BlankScreen() {
  const language = useExhibition((s) => s.language)
  const blanked = useExhibition((s) => s.blanked)
  const toggleBlank = useExhibition((s) => s.toggleBlank)
  if (!blanked) return null
  return (
    <div className="blank-screen" data-blanked="true" onClick={() => toggleBlank(false)}>
      <span className="visually-hidden">{translate(language, 'blanked')}</span>
    </div>
  )
}
