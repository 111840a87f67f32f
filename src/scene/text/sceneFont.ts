import { createContext, use, useContext, useEffect } from 'react'
import type { ShaderMaterial, Texture } from 'three'
import atlasUrl from '../../../assets/fonts/exhibition-glyphs.bin?url'
import { logError } from '../../errorLog'
import { useExhibition } from '../../state/store'
import { loadFullFont, FULL_FAMILY } from '../../ui/fullFont'
import { drawGlyphs, extendAtlas, fallbackRoom } from './fallbackGlyphs'
import { atlasTexture, loadGlyphAtlas, type GlyphAtlas } from './glyphAtlas'
import { textMaterial } from './textMaterial'

/** The scene's font: the glyph atlas and the one material that draws from it. */
export interface SceneFont {
  atlas: GlyphAtlas
  material: ShaderMaterial
}

let loading: Promise<SceneFont | null> | undefined
let loaded: SceneFont | null = null
let built: SceneFont | null = null

/**
 * Loads the font once a page, starting the first time anything asks. If it cannot be had (a
 * broken file, a failed fetch offline before the cache filled) the scene goes without text and
 * says why in the error log; every word is still in the page's own text.
 */
export function sceneFont(): Promise<SceneFont | null> {
  if (!loading) {
    loading = loadGlyphAtlas(atlasUrl).then(
      (atlas) => {
        built = { atlas, material: textMaterial(atlasTexture(atlas)) }
        loaded ??= built
        return built
      },
      (error: unknown) => {
        logError('scene text', error)
        // Said on the page before any label settles without it, so that whoever waits for the
        // text (the loading screen) knows it will not come.
        document.documentElement.dataset.sceneFont = 'failed'
        return null
      },
    )
  }
  return loading
}

// The font of the exhibition shown: the built one's, or for a reply opened in the page one that
// also holds the characters the built atlas lacks (drawn from the full typeface).
let shownKey: string | null = null
let shown: { key: string; font: Promise<SceneFont | null> } | null = null

/**
 * The scene's font for text made of `characters` (the exhibition's, under `key`): the built
 * font when it has them all, else a copy with the missing ones added. The last one asked for is
 * the one `loadedSceneFont` gives; the one before it is let go.
 */
export function sceneFontFor(
  key: string,
  characters: Iterable<string>,
  /** The tallest texture to make: 4096 texels, which every phone and software renderer takes. */
  maxTextureSize = 4096,
): Promise<SceneFont | null> {
  if (shown?.key === key) return shown.font
  shownKey = key
  // Until it is ready, clicks count pages with no font rather than with the last exhibition's.
  loaded = null
  const wanted = [...new Set(characters)]
  const font = sceneFont().then(async (base) => {
    if (!base) return null
    const missing = wanted.filter((c) => !base.atlas.advances.has(c) && c.trim() !== '')
    let font = base
    if (missing.length > 0) {
      try {
        await loadFullFont(missing.join(''))
        // No taller than the GPU can hold a texture: past it, the rest stay gaps (and are
        // reported as missing) rather than every label going blank with a failed upload.
        const room = fallbackRoom(base.atlas, maxTextureSize)
        const glyphs = await drawGlyphsInTurns(missing.slice(0, room), base.atlas.distance)
        const atlas = extendAtlas(base.atlas, glyphs)
        font = { atlas, material: textMaterial(atlasTexture(atlas)) }
      } catch (error) {
        // Without the full typeface the characters stay gaps, as the build's checks would say.
        logError('scene text', error)
      }
    }
    if (shownKey === key) loaded = font
    return font
  })
  const previous = shown
  shown = { key, font }
  // The font of the exhibition shown before is let go with its scene (the built one stays).
  void previous?.font.then((old) => {
    if (!old || old === built) return
    ;(old.material.uniforms.atlas?.value as Texture | undefined)?.dispose()
    old.material.dispose()
  })
  return font
}

/** Glyphs drawn at a time: between turns the page gets on with its own work. */
const GLYPHS_A_TURN = 48

/** Draws the glyphs some at a time, yielding to the page between turns (thousands take seconds). */
async function drawGlyphsInTurns(characters: readonly string[], distance: number) {
  const drawn: ReturnType<typeof drawGlyphs> = []
  for (let at = 0; at < characters.length; at += GLYPHS_A_TURN) {
    drawn.push(...drawGlyphs(characters.slice(at, at + GLYPHS_A_TURN), FULL_FAMILY, distance))
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return drawn
}

/** Handed down by the scene: the font of the exhibition it shows. */
const SceneFontContext = createContext<Promise<SceneFont | null> | null>(null)
export const SceneFontProvider = SceneFontContext.Provider

/** The scene's font, suspending until it has loaded (null: there is none). */
export function useSceneFont(): SceneFont | null {
  return use(useSceneFontPromise())
}

/** The promise of the scene's font, for code that waits for it outside render. */
export function useSceneFontPromise(): Promise<SceneFont | null> {
  return useContext(SceneFontContext) ?? sceneFont()
}

/** The font if it has loaded already (for event handlers, which cannot wait). */
export function loadedSceneFont(): SceneFont | null {
  return loaded
}

/**
 * The scene's text cannot be drawn without its glyph atlas: asked for as the scene mounts, while
 * the first frame is drawn, and a visitor is told if it cannot be had (the text view still has
 * every word).
 */
export function useSceneFontCheck(): void {
  useEffect(() => {
    void sceneFont().then((font) => {
      if (!font) useExhibition.getState().showNotice({ key: 'noticeFontFailed', params: {} })
    })
  }, [])
}
