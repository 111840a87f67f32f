export interface WebglSupport {
  available: boolean
  /** Drawn by the CPU (SwiftShader, llvmpipe): every pixel is expensive, so no multisampling. */
  software: boolean
}

/**
 * Whether this browser can draw the pavilion at all, and whether a GPU does the drawing. The
 * probe's context is released at once, so that it does not count against the browser's limit
 * of live contexts.
 */
export function probeWebgl(): WebglSupport {
  // Probed once a page: the answer does not change, and each probe costs a context.
  probed ??= probe()
  return probed
}

let probed: WebglSupport | undefined

function probe(): WebglSupport {
  try {
    const canvas = document.createElement('canvas')
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
    if (!gl) return { available: false, software: false }
    const info = gl.getExtension('WEBGL_debug_renderer_info')
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER))
    gl.getExtension('WEBGL_lose_context')?.loseContext()
    return { available: true, software: /swiftshader|llvmpipe|softpipe|software/i.test(renderer) }
  } catch {
    return { available: false, software: false }
  }
}
