import { samePlace, type ExhibitionPlan, type Place } from '../plan'

/** The place one step along the tour (document order) from here, staying put at either end. */
export function stepAlongTour(plan: ExhibitionPlan, from: Place, step: 1 | -1): Place {
  const index = plan.tour.findIndex((place) => samePlace(place, from))
  const next = plan.tour[Math.max(0, Math.min(plan.tour.length - 1, index + step))]
  return next ?? from
}

/** The exhibits of a hall, in order, that Tab and the shoulder buttons step through. */
export function exhibitsOfHall(plan: ExhibitionPlan, hall: number): Place[] {
  return (plan.halls[hall - 1]?.stands ?? []).map((stand) => ({
    kind: 'exhibit',
    hall,
    exhibit: stand.exhibit,
  }))
}
