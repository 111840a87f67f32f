import { use, useEffect } from 'react'
import type { ShaderMaterial } from 'three'
import atlasUrl from '../../../assets/fonts/exhibition-glyphs.bin?url'
import { logError } from '../../errorLog'
import { useExhibition } from '../../state/store'
import { atlasTexture, loadGlyphAtlas, type GlyphAtlas } from './glyphAtlas'
import { textMaterial } from './textMaterial'

/** The scene's font: the glyph atlas and the one material that draws from it. */
export interface SceneFont {
  atlas: GlyphAtlas
  material: ShaderMaterial
}

let loading: Promise<SceneFont | null> | undefined
let loaded: SceneFont | null = null

/**
 * Loads the font once a page, starting the first time anything asks. If it cannot be had (a
 * broken file, a failed fetch offline before the cache filled) the scene goes without text and
 * says why in the error log; every word is still in the page's own text.
 */
export function sceneFont(): Promise<SceneFont | null> {
  if (!loading) {
    loading = loadGlyphAtlas(atlasUrl).then(
      (atlas) => {
        loaded = { atlas, material: textMaterial(atlasTexture(atlas)) }
        return loaded
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

/** The scene's font, suspending until it has loaded (null: there is none). */
export function useSceneFont(): SceneFont | null {
  return use(sceneFont())
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
