import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import './ui/styles.css'
import { registerServiceWorker } from './serviceWorker'
import { loadEnglish } from './content/b129'
import { useExhibition } from './state/store'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// An English visit (?lang=en) waits for the translation, so it never starts in Chinese.
if (useExhibition.getState().language === 'en') await loadEnglish()
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
registerServiceWorker()
