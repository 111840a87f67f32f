import { ShaderMaterial, type Texture } from 'three'

// One material draws all of the scene's text: glyph quads sample the atlas's distance field and
// colour comes with each vertex, so any number of labels in any colours share one program and
// a batch of them is one draw call. Edges are smoothed over one screen pixel (fwidth), so text
// stays crisp from across a hall to nose-to-panel without mipmaps.

const vertexShader = /* glsl */ `
attribute vec3 glyphColour;
varying vec2 vUv;
varying vec3 vColour;
void main() {
  vUv = uv;
  vColour = glyphColour;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
`

const fragmentShader = /* glsl */ `
uniform sampler2D atlas;
varying vec2 vUv;
varying vec3 vColour;
void main() {
  // 0.5 on the outline, less outside: the signed distance in atlas units, positive outside.
  float distance = 0.5 - texture2D(atlas, vUv).r;
  float pixel = max(fwidth(distance), 1e-4);
  float coverage = clamp(0.5 - distance / pixel, 0.0, 1.0);
  if (coverage < 0.004) discard;
  // Colours come tone-mapped already (shownColour): only the output encoding is left to do.
  gl_FragColor = vec4(vColour, coverage);
  #include <colorspace_fragment>
}
`

/** The text material for an atlas texture. */
export function textMaterial(atlas: Texture): ShaderMaterial {
  const material = new ShaderMaterial({
    uniforms: { atlas: { value: atlas } },
    vertexShader,
    fragmentShader,
    transparent: true,
    depthWrite: false,
    toneMapped: false,
  })
  material.name = 'scene text'
  return material
}
