import { loadEnglish } from '../content/b129'
import type { Language } from '../i18n'
import { useExhibition } from './store'

/** Switches the language once its text is at hand, so that nothing shows half translated. */
export async function switchLanguage(language: Language): Promise<void> {
  if (language === 'en') await loadEnglish()
  useExhibition.getState().setLanguage(language)
}
