import { Object3D, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import type { ReplyDocument } from '../../../src/content'
import { translateReply } from '../../../src/content/translateReply'
import {
  fitToBox,
  firstPhrase,
  hallTitle,
  overflows,
  planExhibition,
  welcomeChoice,
  welcomeSlots,
  WELCOME_HEIGHT,
  WELCOME_MARGIN,
  WELCOME_TEXT,
  type ExhibitionPlan,
} from '../../../src/plan'
import { b129, B129_TRANSLATION_EN } from '../../support/b129'

type BoardBandOf = ReturnType<typeof welcomeSlots>['halls'][number]
import { glyphAtlas } from '../../support/glyphs'
import { screenPoint } from '../../support/projection'

const DESKTOP = { width: 1920, height: 1080, minPx: 18, masthead: 104 }
const PHONE = { width: 390, height: 844, minPx: 12, masthead: 72 }

/** A reply like B129 with `halls` recommendations: B129's own, repeated, topics and all. */
function replyOf(source: ReplyDocument, halls: number): ReplyDocument {
  const own = source.recommendations
  const recommendations = Array.from({ length: halls }, (_, i) => ({
    ...own[i % own.length]!,
    id: `r${i + 1}`,
  }))
  return { ...source, recommendations }
}

/** A point of the welcome board's face (its frame: origin at its centre), in the world. */
function onBoard(plan: ExhibitionPlan, x: number, y: number): [number, number, number] {
  const board = plan.lobby.welcomeBoard
  const frame = new Object3D()
  frame.position.set(...board.center)
  frame.rotation.set(board.tilt, board.rotationY, 0, 'YXZ')
  frame.updateMatrixWorld()
  return frame.localToWorld(new Vector3(x, y, 0)).toArray()
}

describe('welcomeSlots', () => {
  it('stacks the header, every hall and the way to the side walls inside the board', () => {
    for (let halls = 1; halls <= 6; halls++) {
      const slots = welcomeSlots(halls)
      const bands = [
        slots.name,
        slots.badges,
        slots.issuer,
        slots.title,
        slots.addressee,
        ...slots.halls,
        slots.walls,
      ]
      expect(slots.halls).toHaveLength(halls)
      let above = WELCOME_HEIGHT / 2
      for (const band of bands) {
        // Top to bottom, each below the last.
        expect(band.y + band.height / 2).toBeLessThanOrEqual(above + 1e-9)
        above = band.y - band.height / 2
      }
      expect(above).toBeGreaterThanOrEqual(-WELCOME_HEIGHT / 2)
      // Every hall gets at least one line of the board's smallest text, three or fewer two.
      const lines = halls <= 3 ? 2 : 1
      for (const band of slots.halls)
        expect(
          slots.topic(band).maxLines * WELCOME_TEXT * slots.topic(band).lineHeight,
        ).toBeLessThanOrEqual(band.height)
      for (const band of slots.halls)
        expect(slots.topic(band).maxLines).toBeGreaterThanOrEqual(lines)
    }
  })

  it('gives a single hall a band no taller than two halls get, in the middle of their space', () => {
    const one = welcomeSlots(1).halls[0]!
    const [first, second] = welcomeSlots(2).halls as [BoardBandOf, BoardBandOf]
    expect(one.height).toBeCloseTo(first.height, 9)
    const middle = (first.y + first.height / 2 + second.y - second.height / 2) / 2
    expect(one.y).toBeCloseTo(middle, 9)
  })
})

describe('welcomeChoice', () => {
  it('turns a tap on a hall’s line into that hall, and at the foot into a side wall', () => {
    for (let halls = 1; halls <= 6; halls++) {
      const slots = welcomeSlots(halls)
      slots.halls.forEach((band, i) => {
        expect(welcomeChoice(slots, 0, band.y)).toEqual({ kind: 'hall', hall: i + 1 })
        expect(welcomeChoice(slots, -2, band.y + band.height / 2 - 0.01)).toEqual({
          kind: 'hall',
          hall: i + 1,
        })
      })
      expect(welcomeChoice(slots, -2, slots.walls.y)).toEqual({ kind: 'opening' })
      expect(welcomeChoice(slots, 2, slots.walls.y)).toEqual({ kind: 'overview' })
      // The header, the margins and the gaps between lines choose nothing.
      expect(welcomeChoice(slots, 0, slots.title.y)).toBeNull()
      expect(welcomeChoice(slots, 3.05, slots.halls[0]!.y)).toBeNull()
    }
  })
})

describe('hallTitle', () => {
  it('keeps the whole topic for up to three halls, and its first phrase for more', () => {
    const topic = '强化数字文化服务，挖掘上海特色文化内涵，通过文化贸易与全球流通'
    expect(hallTitle(topic, 3)).toBe(topic)
    expect(hallTitle(topic, 4)).toBe('强化数字文化服务')
    expect(hallTitle('成立高校数字联盟', 6)).toBe('成立高校数字联盟')
    expect(hallTitle('Strengthen digital culture services, explore …', 5)).toBe(
      'Strengthen digital culture services',
    )
    expect(hallTitle('build a metaverse industry center and leverage …', 4)).toBe(
      'build a metaverse industry center',
    )
  })
})

describe('the lobby from the spawn point', () => {
  const atlas = glyphAtlas()
  const source = b129()
  const languages = {
    zh: source,
    en: translateReply(source, B129_TRANSLATION_EN).document,
  }

  // What the board's labels come to, measured with the exhibition's atlas as the scene lays them
  // out, and projected as the camera at the spawn point shows them on a 16:9 screen and on an
  // upright phone: every hall's band inside the screen below the masthead, and the reply's title
  // and every hall's title at least 18 px tall at 1080p and 12 px on the phone, in both languages.
  for (const [language, reply] of Object.entries(languages))
    for (let halls = 1; halls <= 6; halls++)
      it(`frames ${halls} hall${halls > 1 ? 's' : ''} on a 16:9 screen and on a phone (${language})`, () => {
        const document = replyOf(reply, halls)
        const plan = planExhibition(document)
        const { width, height } = plan.lobby.welcomeBoard
        const inner = width - 2 * WELCOME_MARGIN
        // As the board lays them out (WelcomeBoard.tsx).
        const titleLines = overflows(document.meta.title.value, inner, 1) ? 2 : 1
        const slots = welcomeSlots(halls, height, width, titleLines)
        /** The on-screen height of text `size` metres tall at (x, y) on the board. */
        const px = (screen: typeof DESKTOP, x: number, y: number, size: number) =>
          screenPoint(plan.spawn, onBoard(plan, x, y - size / 2), screen).y -
          screenPoint(plan.spawn, onBoard(plan, x, y + size / 2), screen).y
        for (const screen of [DESKTOP, PHONE]) {
          const title = document.meta.title.value
          const titleSize = fitToBox(
            title,
            atlas,
            { maxWidth: inner, maxHeight: slots.title.height, maxLines: titleLines },
            0.3,
            1.3,
          )
          expect(
            px(screen, 0, slots.title.y, titleSize),
            `title at ${screen.width}`,
          ).toBeGreaterThanOrEqual(screen.minPx)
          plan.halls.forEach((hall, i) => {
            const band = slots.halls[i]!
            const box = slots.topic(band)
            const where = `hall ${hall.number} at ${screen.width}x${screen.height}`
            for (const x of [-plan.lobby.welcomeBoard.width / 2, box.x + box.maxWidth])
              for (const y of [band.y - band.height / 2, band.y + band.height / 2]) {
                const p = screenPoint(plan.spawn, onBoard(plan, x, y), screen)
                expect(p.x, where).toBeGreaterThanOrEqual(0)
                expect(p.x, where).toBeLessThanOrEqual(screen.width)
                expect(p.y, where).toBeGreaterThanOrEqual(screen.masthead)
                expect(p.y, where).toBeLessThanOrEqual(screen.height)
              }
            // As the board's label chooses: the title, or its first phrase if it would shrink.
            const whole = hallTitle(document.recommendations[i]!.topic, halls)
            const fitted = (text: string) =>
              fitToBox(text, atlas, box, WELCOME_TEXT, box.lineHeight)
            const topic = fitted(whole) < WELCOME_TEXT ? firstPhrase(whole) : whole
            const size = fitted(topic)
            // B129's own topics are whole on the board (the shorter phrase is for longer text).
            if (language === 'zh' && halls <= 3) expect(topic, where).toBe(whole)
            expect(px(screen, box.x, band.y, size), `${where}: ${topic}`).toBeGreaterThanOrEqual(
              screen.minPx,
            )
          })
        }
      })
})
