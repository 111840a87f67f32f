// troika-three-text ships no declarations its package.json points to; the one class used
// directly (the text itself goes through drei's <Text>) is declared here.
declare module 'troika-three-text' {
  import type { InstancedBufferGeometry, Material, Mesh, Object3DEventMap } from 'three'

  interface BatchedTextEventMap extends Object3DEventMap {
    synccomplete: object
  }

  /** Draws the Text objects added to it in one draw call. */
  export class BatchedText extends Mesh<
    InstancedBufferGeometry,
    Material | Material[],
    BatchedTextEventMap
  > {
    font: string
    dispose(): void
  }
}
