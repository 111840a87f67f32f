import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planExhibition, type Place } from '../../../src/plan'
import { hashOfPlace, hashOfTourStep, placeFromHash } from '../../../src/state/placeHash'
import { b129 } from '../../support/b129'

const plan = planExhibition(b129())

describe('placeFromHash and hashOfPlace', () => {
  it('round-trip every place of the tour', () => {
    for (const place of plan.tour)
      expect(placeFromHash(hashOfPlace(place), plan)).toEqual({
        view: 'place',
        place,
        notice: null,
      })
  })

  it('read the lobby from an empty hash, and a trailing slash as the same place', () => {
    for (const hash of ['', '#', '#/'])
      expect(placeFromHash(hash, plan)).toEqual({
        view: 'place',
        place: { kind: 'lobby' },
        notice: null,
      })
    expect(placeFromHash('#/hall/2/', plan)).toMatchObject({ place: { kind: 'hall', hall: 2 } })
  })

  it('send places that do not exist to the lobby, saying which', () => {
    expect(placeFromHash('#/hall/9', plan)).toEqual({
      view: 'place',
      place: { kind: 'lobby' },
      notice: { key: 'noticeNoSuchHall', params: { hall: 9 } },
    })
    expect(placeFromHash('#/hall/2/exhibit/3', plan).notice).toEqual({
      key: 'noticeNoSuchExhibit',
      params: { hall: 2, exhibit: 3 },
    })
  })

  it('refuse malformed hashes: zero, leading zeros, words, extra parts, bad escapes', () => {
    for (const hash of [
      '#/hall/0',
      '#/hall/02',
      '#/hall/x',
      '#/hall/1/exhibit',
      '#/hall/1/exhibit/1/more',
      '#/%%%',
      '#/halls/1',
      '#hall/1x',
    ]) {
      const reading = placeFromHash(hash, plan)
      expect(reading, hash).toMatchObject({ view: 'place', place: { kind: 'lobby' } })
      expect(reading.notice?.key, hash).toBe('noticeUnknownPlace')
    }
  })

  it('reads #/tour/N as step N of the tour, within the tour', () => {
    expect(placeFromHash('#/tour/1', plan, 15)).toEqual({ view: 'tour', step: 1, notice: null })
    expect(placeFromHash('#/tour/15/', plan, 15)).toEqual({ view: 'tour', step: 15, notice: null })
    expect(placeFromHash('#/tour/16', plan, 15)).toEqual({
      view: 'place',
      place: { kind: 'lobby' },
      notice: { key: 'noticeNoSuchTourStep', params: { step: 16, count: 15 } },
    })
    for (const hash of ['#/tour/0', '#/tour/x', '#/tour', '#/tour/1/2', '#/tour/-1'])
      expect(placeFromHash(hash, plan, 15).notice?.key, hash).toBe('noticeUnknownPlace')
    expect(hashOfTourStep(7)).toBe('#/tour/7')
  })

  it('read #/text as the text view, keeping the place', () => {
    expect(placeFromHash('#/text', plan)).toEqual({ view: 'text', notice: null })
    expect(placeFromHash('#/text/', plan)).toEqual({ view: 'text', notice: null })
    expect(placeFromHash('#/texts', plan).view).toBe('place')
  })

  it('never throws and never repeats text of the hash in a notice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10_000 }), (text) => {
        const reading = placeFromHash(`#/${text}`, plan, 15)
        // Only numbers the reading itself parsed may appear: a forged link cannot speak through it.
        for (const value of Object.values(reading.notice?.params ?? {}))
          expect(typeof value).toBe('number')
        if (reading.view === 'text') return expect(text.replace(/\/$/, '')).toBe('text')
        if (reading.view === 'tour') return expect(text).toMatch(/^tour\/[1-9]\d{0,2}\/?$/)
        const place: Place = reading.place
        expect(['lobby', 'hall', 'exhibit']).toContain(place.kind)
      }),
    )
  })
})
