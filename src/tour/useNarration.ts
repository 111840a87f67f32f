import { useEffect } from 'react'
import type { CaptionSource } from './tourSteps'
import { useExhibition } from '../state/store'
import { languagesWithVoice, narrationText, pickVoice, SPEECH_LANG } from './narration'
import { captionOf } from './tourSteps'

function speechSynthesisOf(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : null
}

/**
 * Reads each tour step's caption aloud with the browser's speech synthesis, in the language shown.
 * Whatever the speech does (ends, fails, never reports), the step is told it may end: the tour
 * machine's grace time covers an `end` event that never comes.
 */
export function useNarration(shown: CaptionSource): void {
  useEffect(() => {
    const synthesis = speechSynthesisOf()
    if (!synthesis) return
    const listVoices = () =>
      useExhibition.getState().setVoices(languagesWithVoice(synthesis.getVoices()))
    listVoices()
    synthesis.addEventListener?.('voiceschanged', listVoices)
    return () => synthesis.removeEventListener?.('voiceschanged', listVoices)
  }, [])

  useEffect(() => {
    const synthesis = speechSynthesisOf()
    if (!synthesis) return
    let spoken = ''
    const speak = () => {
      const { tour, tourSteps, language, narration, voices, tourSpoken } = useExhibition.getState()
      const step = tourSteps[tour.step]
      const key =
        tour.status === 'off' || !step
          ? ''
          : `${tour.step}:${tour.stepStartedAt}:${language}:${narration}`
      if (key === spoken) return
      spoken = key
      synthesis.cancel()
      if (!key || !step || tour.spoken) return
      if (!narration || !voices.includes(language)) return tourSpoken()
      const caption = captionOf(step, shown, language)
      const utterance = new SpeechSynthesisUtterance(
        narrationText(caption.title, caption.sentence, language),
      )
      utterance.lang = SPEECH_LANG[language]
      utterance.voice = pickVoice(synthesis.getVoices(), language)
      const done = () => {
        if (spoken === key) useExhibition.getState().tourSpoken()
      }
      utterance.onend = done
      utterance.onerror = done
      synthesis.speak(utterance)
    }
    const unsubscribe = useExhibition.subscribe((state, previous) => {
      if (state.tour.status === 'paused' && previous.tour.status === 'playing') synthesis.pause()
      if (state.tour.status === 'playing' && previous.tour.status === 'paused') synthesis.resume()
      if (
        state.tour.step !== previous.tour.step ||
        state.tour.stepStartedAt !== previous.tour.stepStartedAt ||
        (state.tour.status === 'off') !== (previous.tour.status === 'off') ||
        state.language !== previous.language ||
        state.narration !== previous.narration
      )
        speak()
    })
    speak()
    return () => {
      unsubscribe()
      synthesis.cancel()
    }
  }, [shown])
}
