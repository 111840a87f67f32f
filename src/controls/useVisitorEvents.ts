import { useEffect } from 'react'
import { LOBBY, roomOfPlace } from '../plan'
import { useExhibition } from '../state/store'
import { onVisitorEvent } from './visitorEvents'

/**
 * What the visitor machine reports, applied to the store outside the frame loop: walking through
 * a door changes the place (so the hash and masthead follow), an arrival lets the tour's reading
 * time start, and the visitor's own input makes the tour give way.
 */
export function useVisitorEvents(): void {
  useEffect(
    () =>
      onVisitorEvent((event) => {
        const store = useExhibition.getState()
        if (event.kind === 'arrived') store.moveArrived(event.serial)
        else if (event.kind === 'interrupted' || event.kind === 'steered') store.visitorSteered()
        else if (roomOfPlace(store.place) !== event.room) {
          const hall = Number(event.room.slice('hall-'.length))
          store.goTo(event.room === 'lobby' ? LOBBY : { kind: 'hall', hall }, 'stay')
        }
      }),
    [],
  )
}
