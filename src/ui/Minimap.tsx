import { useEffect, useRef, useState } from 'react'
import { stanceListeners, visitorStance } from '../controls/visitorInput'
import { hallName, hallNumeral, translate } from '../i18n'
import { useShown } from '../exhibition/shown'
import { rectCenter } from '../plan'
import { useExhibition } from '../state/store'

/** The floor plan as SVG: rooms, walls, exhibits (visited ones filled), you-are-here and heading. */
export function Minimap() {
  const { plan } = useShown().exhibition
  const language = useExhibition((s) => s.language)
  const open = useExhibition((s) => s.mapOpen)
  const visited = useExhibition((s) => s.visited)
  const goTo = useExhibition((s) => s.goTo)
  const marker = useRef<SVGGElement>(null)
  // Under a finger the exhibit dots are too small to hit; there the rooms are the targets.
  const [coarse] = useState(
    () => typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches,
  )
  const { bounds } = plan.floorPlan
  const pad = 1
  const viewBox = `${bounds.minX - pad} ${bounds.minZ - pad} ${bounds.maxX - bounds.minX + pad * 2} ${bounds.maxZ - bounds.minZ + pad * 2}`

  useEffect(() => {
    // The marker follows every frame the visitor moves, without a React render.
    const place = (stance: { x: number; z: number; yaw: number }) => {
      marker.current?.setAttribute(
        'transform',
        `translate(${stance.x.toFixed(2)} ${stance.z.toFixed(2)}) rotate(${((-stance.yaw * 180) / Math.PI).toFixed(1)})`,
      )
    }
    place(visitorStance)
    stanceListeners.add(place)
    return () => {
      stanceListeners.delete(place)
    }
  }, [open])

  if (!open) return null
  return (
    <figure className="minimap" aria-label={translate(language, 'mapLabel')}>
      <svg viewBox={viewBox} role="group" aria-label={translate(language, 'map')}>
        {plan.floorPlan.rooms.map((room) => {
          const hall = plan.halls.find((h) => h.room.id === room.id)
          const r = room.bounds
          const label = hall ? hallName(language, hall.number) : translate(language, 'lobby')
          return (
            <rect
              key={room.id}
              x={r.minX}
              y={r.minZ}
              width={r.maxX - r.minX}
              height={r.maxZ - r.minZ}
              className="minimap__room"
              style={{ fill: hall ? `${hall.colour}26` : undefined }}
              role="button"
              aria-label={label}
              onClick={() => goTo(hall ? { kind: 'hall', hall: hall.number } : { kind: 'lobby' })}
            />
          )
        })}
        {plan.walls.map((wall, i) => (
          <line
            key={i}
            x1={wall.a.x}
            y1={wall.a.z}
            x2={wall.b.x}
            y2={wall.b.z}
            className="minimap__wall"
          />
        ))}
        {plan.halls.map((hall) => {
          const c = rectCenter(hall.room.bounds)
          return (
            <text key={hall.number} x={c.x} y={c.z} className="minimap__label" fill={hall.colour}>
              {hallNumeral(language, hall.number)}
            </text>
          )
        })}
        {plan.floorPlan.stands.map((stand) => (
          <circle
            key={stand.id}
            cx={stand.at.x}
            cy={stand.at.z}
            r={0.9}
            className={
              visited.includes(stand.id)
                ? 'minimap__stand minimap__stand--visited'
                : 'minimap__stand'
            }
            role={coarse ? undefined : 'button'}
            aria-hidden={coarse ? true : undefined}
            aria-label={
              coarse
                ? undefined
                : `${translate(language, 'exhibit', { hall: stand.hall, exhibit: stand.exhibit })}${visited.includes(stand.id) ? ` · ${translate(language, 'visited')}` : ''}`
            }
            onClick={
              coarse
                ? undefined
                : () => goTo({ kind: 'exhibit', hall: stand.hall, exhibit: stand.exhibit })
            }
          />
        ))}
      </svg>
      {/* The marker has a drawing of its own, over the map: it moves every frame the visitor
          does, and redrawing it alone is a fraction of redrawing the map under it (on a machine
          without a graphics card, the map's redraw took 6 ms of every moving frame). */}
      <svg viewBox={viewBox} className="minimap__overlay">
        <g
          ref={marker}
          className="minimap__you"
          role="img"
          aria-label={translate(language, 'youAreHere')}
        >
          <path d="M 0 -2.4 L 1.4 1.2 L 0 0.4 L -1.4 1.2 Z" />
        </g>
      </svg>
    </figure>
  )
}
