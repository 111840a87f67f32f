import { PNG } from 'pngjs'
import { describe, expect, inject, it } from 'vitest'
import { b129 } from '../support/b129'

const base = inject('baseURL')
const title = b129().meta.title.value

async function fetchOk(path: string): Promise<Response> {
  const response = await fetch(new URL(path, base))
  expect(response.status, path).toBe(200)
  return response
}

async function pngSize(path: string): Promise<[number, number]> {
  const png = PNG.sync.read(Buffer.from(await (await fetchOk(path)).arrayBuffer()))
  return [png.width, png.height]
}

describe('the page describes itself', () => {
  it('has a title, a description, the theme colour, icons and Open Graph tags', async () => {
    const html = await (await fetchOk('./')).text()
    const meta = (attribute: string, name: string) =>
      new RegExp(`<meta\\s+${attribute}="${name}"\\s+content="([^"]+)"`).exec(html)?.[1]
    expect(html).toMatch(/<title>大创智数字创新展区<\/title>/)
    expect(meta('name', 'description')).toMatch(/B129/)
    expect(meta('name', 'theme-color')).toBe('#070b18')
    expect(meta('property', 'og:type')).toBe('website')
    expect(meta('property', 'og:title')).toBe(`大创智数字创新展区 · ${title}`)
    expect(meta('property', 'og:description')).toBeTruthy()
    expect(meta('name', 'twitter:card')).toBe('summary_large_image')
    const image = meta('property', 'og:image')!
    expect(await pngSize(image)).toEqual([
      Number(meta('property', 'og:image:width')),
      Number(meta('property', 'og:image:height')),
    ])
    expect(await pngSize('./icons/icon-32.png')).toEqual([32, 32])
    expect(html).toContain('href="./icons/icon-32.png"')
    expect(html).toMatch(/rel="apple-touch-icon" href="\.\/icons\/icon-180\.png"/)
    expect(await pngSize('./icons/icon-180.png')).toEqual([180, 180])
  })

  it('has a manifest that matches: name, colours, icons at their stated sizes', async () => {
    const html = await (await fetchOk('./')).text()
    const href = /<link rel="manifest" href="([^"]+)"/.exec(html)?.[1]
    expect(href).toBeTruthy()
    const manifest = (await (await fetchOk(href!)).json()) as {
      name: string
      short_name: string
      theme_color: string
      background_color: string
      icons: { src: string; sizes: string; type: string }[]
    }
    expect(manifest.name).toBe('大创智数字创新展区')
    expect(manifest.short_name).toBe('数字创新展区')
    expect(manifest.theme_color).toBe('#070b18')
    expect(manifest.background_color).toBe('#070b18')
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png')
    expect(pngs.map((icon) => icon.sizes).sort()).toEqual(['192x192', '512x512'])
    for (const icon of pngs) {
      const [width, height] = await pngSize(icon.src)
      expect(`${width}x${height}`).toBe(icon.sizes)
    }
  })
})
