import { samePlace, type ExhibitionPlan, type Place } from '../plan'

/** The place one step along the tour (document order) from here, staying put at either end. */
export function stepAlongTour(plan: ExhibitionPlan, from: Place, step: 1 | -1): Place {
  const index = plan.tour.findIndex((place) => samePlace(place, from))
  const next = plan.tour[Math.max(0, Math.min(plan.tour.length - 1, index + step))]
  return next ?? from
}
