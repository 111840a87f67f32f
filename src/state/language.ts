import { currentExhibition } from '../exhibition/shown'
import { logError } from '../errorLog'
import type { Language } from '../i18n'
import { useExhibition } from './store'

/**
 * Switches the language once its text is at hand, so that nothing shows half translated. When
 * the translation cannot be loaded the language stays, with a notice; the next switch tries again.
 */
export async function switchLanguage(language: Language): Promise<void> {
  if (language === 'en') {
    try {
      // A reply without a translation is shown as published, the page's words in English.
      await currentExhibition()?.english?.load()
    } catch (error) {
      logError('English text', error)
      useExhibition.getState().showNotice({ key: 'noticeEnglishFailed', params: {} })
      return
    }
  }
  useExhibition.getState().setLanguage(language)
}
