import { translate } from '../i18n'
import { shareLinkFor } from '../state/shareLink'
import { useExhibition } from '../state/store'
import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react'
import type { ShareQr as ShareQrShape } from './ShareQr'
import { logError } from '../errorLog'
import { retryableImport } from '../retryableImport'

// The QR encoder is only wanted on kiosks with a public address: a chunk of its own.
// If it cannot be had, the card is left empty (and the failure logged) rather than the page.
const ShareQr = lazy(() =>
  retryableImport(() => import('./ShareQr'))().then(
    (m) => ({ default: m.ShareQr }),
    (error: unknown): { default: ComponentType<ComponentProps<typeof ShareQrShape>> } => {
      logError('share code', error)
      return { default: () => null }
    },
  ),
)

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
      <Suspense fallback={null}>
        <ShareQr
          link={shareLinkFor(base, place, language)}
          label={translate(language, 'shareQrLabel')}
        />
      </Suspense>
    </aside>
  )
}
