import { translate } from '../i18n'
import { shareLinkFor } from '../state/shareLink'
import { useExhibition } from '../state/store'
import { ShareQr } from './ShareQr'

/**
 * Continue on your phone: on a kiosk, in the lobby and beside an open exhibit, a QR code of the
 * place's deep link at the exhibition's public address.
 */
export function ShareCard() {
  const kiosk = useExhibition((s) => s.kiosk)
  const base = useExhibition((s) => s.shareBase)
  const place = useExhibition((s) => s.place)
  const language = useExhibition((s) => s.language)
  if (!kiosk || !base || place.kind === 'hall') return null
  return (
    <aside className="share-card">
      <ShareQr
        link={shareLinkFor(base, place, language)}
        label={translate(language, 'shareQrLabel')}
      />
    </aside>
  )
}
