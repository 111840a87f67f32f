import QRCode from 'qrcode'
import { useMemo } from 'react'

// The white margin scanners need around the code, in modules (the QR standard's minimum).
const QUIET_ZONE = 4

/** The code's dark modules as one path, each row's runs merged, and the side of its square with the quiet zone. */
function codeDrawing(link: string): { path: string; side: number } {
  // Level M survives a smudged or glare-struck kiosk screen and keeps the code coarse enough to scan from afar.
  const { modules } = QRCode.create(link, { errorCorrectionLevel: 'M' })
  const { size } = modules
  const runs: string[] = []
  for (let row = 0; row < size; row++) {
    let col = 0
    while (col < size) {
      if (!modules.get(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < size && modules.get(row, col)) col++
      const run = col - start
      runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`)
    }
  }
  return { path: runs.join(''), side: size + 2 * QUIET_ZONE }
}

/** "Continue on your phone": the deep link of the current place as a QR code, drawn locally. */
export function ShareQr({ link, label }: { link: string; label: string }) {
  const { path, side } = useMemo(() => codeDrawing(link), [link])
  return (
    <figure className="share-qr" data-share-link={link}>
      <svg
        className="share-qr__code"
        viewBox={`0 0 ${side} ${side}`}
        role="img"
        aria-label={label}
        shapeRendering="crispEdges"
        xmlns="http://www.w3.org/2000/svg"
      >
        <rect width={side} height={side} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  )
}
