import {
  closingLines,
  headerNodes,
  type Measure,
  type Recommendation,
  type ReplyDocument,
} from '../content'
import { rect, rectEdges, type Rect, type Segment, type Vec2 } from './geometry'
import type { Place } from './places'
import { WELCOME_BOTTOM, WELCOME_DISTANCE, WELCOME_HEIGHT, WELCOME_WIDTH } from './welcomeBoard'

/** Where the camera stands and what it looks at, in metres. */
export interface Viewpoint {
  position: [number, number, number]
  target: [number, number, number]
}

/** A flat panel on a wall or stand: centre, size, and the direction its face looks. */
export interface PanelPlacement {
  center: [number, number, number]
  width: number
  height: number
  /** Unit vector on the floor that the readable face points to. */
  facing: Vec2
  /** Rotation about y that turns a plane facing +z to `facing`. */
  rotationY: number
}

export type RoomId = 'lobby' | `hall-${number}`

export interface Room {
  id: RoomId
  bounds: Rect
  height: number
}

export interface Door {
  hall: number
  center: Vec2
  width: number
  height: number
}

export interface ExhibitStand {
  /** The measure id: r2m1. */
  id: string
  hall: number
  exhibit: number
  room: RoomId
  panel: PanelPlacement
  /** The plinth in front of the panel that carries the key figures. */
  plinth: PanelPlacement & { depth: number }
  /** Floor area the stand occupies: walls of collision and the no-overlap rule. */
  footprint: Rect
  viewpoint: Viewpoint
}

export interface Hall extends Showing {
  number: number
  /** The recommendation the hall shows; its title wall shows its heading and introduction. */
  recommendationId: string
  room: Room
  door: Door
  /** Just inside the door, looking down the hall at its title wall. */
  entrance: Viewpoint
  titleWall: PanelPlacement
  sign: PanelPlacement
  colour: string
  emblem: Emblem
  stands: ExhibitStand[]
}

export type Emblem =
  'icosahedron' | 'torusKnot' | 'octahedron' | 'dodecahedron' | 'torus' | 'tetrahedron'

/** The ids of the reply's nodes a plan element shows, in the order it shows them. */
export interface Showing {
  shows: string[]
}

export interface Lobby {
  room: Room
  /** The pavilion's name, high on the wall above the hall doors. */
  pavilionSign: PanelPlacement
  /**
   * In front of the spawn point: the name, the reply's header and title, and every hall
   * (welcomeBoard.ts); it stands on the floor, and visitors walk round it.
   */
  welcomeBoard: PanelPlacement & {
    footprint: Rect
    /** How far its top leans forward from upright, radians: square to the eye at the spawn point. */
    tilt: number
  } & Showing
  /** The opening, with the contact block and signature at its foot. */
  openingPanel: PanelPlacement & Showing
  overviewPanel: PanelPlacement & Showing
  floorPlanTable: PanelPlacement & { footprint: Rect }
  /** Lines on the floor from beside the welcome board to each hall's door, in the hall's colour. */
  guides: { hall: number; points: Vec2[] }[]
  /** Where a guided tour stands to read the overview, and the opening with the contact. */
  overviewView: Viewpoint
  contactView: Viewpoint
}

export interface FloorPlan {
  bounds: Rect
  rooms: Room[]
  doors: Door[]
  stands: { id: string; hall: number; exhibit: number; at: Vec2 }[]
}

/** A wall as a floor segment with its height. */
export interface Wall extends Segment {
  height: number
  /** The room the wall encloses (the lobby's wall with the doors is the lobby's). */
  room: string
}

export interface ExhibitionPlan {
  lobby: Lobby
  halls: Hall[]
  /** Every wall as a floor segment, doors left open. */
  walls: Wall[]
  /** Furniture the visitor cannot walk through. */
  obstacles: Rect[]
  spawn: Viewpoint
  floorPlan: FloorPlan
  /** Every place in document order: lobby, hall 1, its exhibits, hall 2 … */
  tour: Place[]
}

export const EYE_HEIGHT = 1.6
export const WALL_THICKNESS = 0.2
/** How far a wall-hung panel's centre stands off the wall's centre line: clear of the wall's face. */
const ON_WALL = WALL_THICKNESS / 2 + 0.1
export const HALL_WIDTH = 14
const LOBBY_DEPTH = 18
/** Where a visit starts, on the lobby's floor: near its back wall, facing the halls. */
const SPAWN: Vec2 = { x: 0, z: LOBBY_DEPTH - 2.5 }
const WELCOME_Z = SPAWN.z - WELCOME_DISTANCE
// The board leans forward on its lower edge until its face is square to the line of sight from
// the spawn point (whose eye is below its middle): seen from there it is a rectangle, not a board
// narrowing upwards.
const WELCOME_TILT = Math.atan2(WELCOME_BOTTOM + WELCOME_HEIGHT / 2 - 1.6, WELCOME_DISTANCE)
const WELCOME_CENTRE: [number, number, number] = [
  0,
  WELCOME_BOTTOM + (WELCOME_HEIGHT / 2) * Math.cos(WELCOME_TILT),
  WELCOME_Z + (WELCOME_HEIGHT / 2) * Math.sin(WELCOME_TILT),
]
const LOBBY_MIN_WIDTH = 28
const LOBBY_HEIGHT = 10
const HALL_HEIGHT = 5.5
const DOOR_WIDTH = 3.2
const DOOR_HEIGHT = 3.2
// Far enough from the door that the first two stands are in view from the entrance.
const FIRST_ROW = 9
const ROW_PITCH = 6.5
const PANEL_WIDTH = 3.8
const PANEL_HEIGHT = 2.7
const PANEL_INSET = 0.9
/** The panel hangs above the plinth so that the figures on the plinth never hide its text. */
const PANEL_BOTTOM = 1.15
const PLINTH_HEIGHT = 0.5
const PLINTH_DEPTH = 1.3
const VIEW_DISTANCE = 4.2
/** Far enough from a 9 m lobby panel that an upright phone's 60° still takes it in whole. */
const LOBBY_PANEL_VIEW_DISTANCE = 7.5
/** One colour per hall, picked for contrast with the dark floor and white text. */
export const HALL_COLOURS = ['#35c2ff', '#ff7a59', '#9b7bff', '#3ee0a1', '#ffc145', '#ff5fa2']
const EMBLEMS: Emblem[] = [
  'icosahedron',
  'torusKnot',
  'octahedron',
  'dodecahedron',
  'torus',
  'tetrahedron',
]

const rotationFor = (facing: Vec2) => Math.atan2(facing.x, facing.z)

/** A panel of a size at a place, its face turned to `facing`. */
function panelAt(
  center: [number, number, number],
  width: number,
  height: number,
  facing: Vec2,
): PanelPlacement {
  return { center, width, height, facing, rotationY: rotationFor(facing) }
}

export function hallDepth(exhibits: number): number {
  const rows = Math.max(1, Math.ceil(exhibits / 2))
  return Math.max(17, FIRST_ROW + (rows - 1) * ROW_PITCH + 7)
}

function placeStand(measure: Measure, hall: number, index: number, bounds: Rect): ExhibitStand {
  const west = index % 2 === 0
  const row = Math.floor(index / 2)
  const z = -(FIRST_ROW + row * ROW_PITCH)
  const facing: Vec2 = { x: west ? 1 : -1, z: 0 }
  const wallX = west ? bounds.minX : bounds.maxX
  const panelX = wallX + facing.x * PANEL_INSET
  const plinthX = panelX + facing.x * (0.35 + PLINTH_DEPTH / 2)
  const rotationY = rotationFor(facing)
  const back = wallX + facing.x * 0.4
  const front = panelX + facing.x * (0.35 + PLINTH_DEPTH + 0.1)
  return {
    id: measure.id,
    hall,
    exhibit: index + 1,
    room: `hall-${hall}`,
    panel: {
      center: [panelX, PANEL_BOTTOM + PANEL_HEIGHT / 2, z],
      width: PANEL_WIDTH,
      height: PANEL_HEIGHT,
      facing,
      rotationY,
    },
    plinth: {
      center: [plinthX, PLINTH_HEIGHT / 2, z],
      width: PANEL_WIDTH - 0.2,
      height: PLINTH_HEIGHT,
      depth: PLINTH_DEPTH,
      facing,
      rotationY,
    },
    footprint: rect(
      Math.min(back, front),
      Math.max(back, front),
      z - PANEL_WIDTH / 2 - 0.1,
      z + PANEL_WIDTH / 2 + 0.1,
    ),
    viewpoint: {
      position: [panelX + facing.x * VIEW_DISTANCE, EYE_HEIGHT, z],
      target: [panelX, 1.9, z],
    },
  }
}

function planHall(recommendation: Recommendation, index: number, count: number): Hall {
  const number = index + 1
  const minX = -(count * HALL_WIDTH) / 2 + index * HALL_WIDTH
  const cx = minX + HALL_WIDTH / 2
  const depth = hallDepth(recommendation.measures.length)
  const bounds = rect(minX, minX + HALL_WIDTH, -depth, 0)
  const towardsLobby: Vec2 = { x: 0, z: 1 }
  return {
    number,
    recommendationId: recommendation.id,
    shows: [recommendation.heading.id, ...recommendation.intro.map((p) => p.id)],
    room: { id: `hall-${number}`, bounds, height: HALL_HEIGHT },
    door: { hall: number, center: { x: cx, z: 0 }, width: DOOR_WIDTH, height: DOOR_HEIGHT },
    entrance: { position: [cx, EYE_HEIGHT, -0.8], target: [cx, 2.2, -depth] },
    titleWall: panelAt([cx, 2.6, -depth + ON_WALL], HALL_WIDTH - 4, 3.6, towardsLobby),
    sign: panelAt(
      [cx, DOOR_HEIGHT + 0.55, ON_WALL],
      Math.min(HALL_WIDTH - 2, 11),
      0.9,
      towardsLobby,
    ),
    colour: HALL_COLOURS[index % HALL_COLOURS.length] ?? '#35c2ff',
    emblem: EMBLEMS[index % EMBLEMS.length] ?? 'icosahedron',
    stands: recommendation.measures.map((measure, i) => placeStand(measure, number, i, bounds)),
  }
}

/** A viewpoint straight in front of a wall panel, at eye height, looking at its centre. */
function viewOfPanel(panel: PanelPlacement, distance: number): Viewpoint {
  const [x, y, z] = panel.center
  return {
    position: [x + panel.facing.x * distance, EYE_HEIGHT, z + panel.facing.z * distance],
    target: [x, y, z],
  }
}

/** Links the lobby's boards to the nodes they show: the header, the halls' lines, the opening. */
function showing(
  lobby: Omit<Lobby, 'welcomeBoard' | 'openingPanel' | 'overviewPanel'> & {
    welcomeBoard: Omit<Lobby['welcomeBoard'], 'shows'>
    openingPanel: PanelPlacement
    overviewPanel: PanelPlacement
  },
  document: ReplyDocument,
): Lobby {
  const { meta, opening, overview, recommendations } = document
  return {
    ...lobby,
    welcomeBoard: {
      ...lobby.welcomeBoard,
      shows: [...headerNodes(meta).map((field) => field.id), ...recommendations.map((r) => r.id)],
    },
    openingPanel: {
      ...lobby.openingPanel,
      shows: [...opening, ...closingLines(document)].map((node) => node.id),
    },
    overviewPanel: {
      ...lobby.overviewPanel,
      shows: [overview.heading.id, ...overview.paragraphs.map((p) => p.id)],
    },
  }
}

function planLobby(doors: Door[]) {
  const hallCount = doors.length
  const width = Math.max(LOBBY_MIN_WIDTH, hallCount * HALL_WIDTH)
  const bounds = rect(-width / 2, width / 2, 0, LOBBY_DEPTH)
  const south: Vec2 = { x: 0, z: 1 }
  const east: Vec2 = { x: 1, z: 0 }
  const west: Vec2 = { x: -1, z: 0 }
  const tableAt: Vec2 = { x: width / 2 - 5, z: LOBBY_DEPTH - 5 }
  const openingPanel = panelAt([bounds.minX + ON_WALL, 2.9, LOBBY_DEPTH / 2], 9, 4, east)
  const overviewPanel = panelAt([bounds.maxX - ON_WALL, 2.9, LOBBY_DEPTH / 2], 9, 4, west)
  return {
    room: { id: 'lobby' as const, bounds, height: LOBBY_HEIGHT },
    pavilionSign: panelAt([0, DOOR_HEIGHT + 5.4, ON_WALL], Math.min(width - 2, 18), 1.3, south),
    welcomeBoard: {
      ...panelAt(WELCOME_CENTRE, WELCOME_WIDTH, WELCOME_HEIGHT, south),
      tilt: WELCOME_TILT,
      footprint: rect(
        -WELCOME_WIDTH / 2 - 0.1,
        WELCOME_WIDTH / 2 + 0.1,
        WELCOME_Z - 0.45,
        WELCOME_Z + WELCOME_HEIGHT * Math.sin(WELCOME_TILT) + 0.1,
      ),
    },
    openingPanel,
    overviewPanel,
    floorPlanTable: {
      ...panelAt([tableAt.x, 1.05, tableAt.z], 3.2, 2, south),
      footprint: rect(tableAt.x - 1.7, tableAt.x + 1.7, tableAt.z - 1.2, tableAt.z + 1.2),
    },
    // From the spawn point past the board's nearer side (the right for a door straight ahead),
    // then on to the door.
    guides: doors.map((door) => {
      const side = door.center.x < 0 ? -1 : 1
      const pass = side * (WELCOME_WIDTH / 2 + 0.7)
      return {
        hall: door.hall,
        points: [
          { x: pass, z: SPAWN.z - 1.5 },
          { x: pass, z: WELCOME_Z - 1 },
          { x: door.center.x, z: 0.6 },
        ],
      }
    }),
    overviewView: viewOfPanel(overviewPanel, LOBBY_PANEL_VIEW_DISTANCE),
    contactView: viewOfPanel(openingPanel, LOBBY_PANEL_VIEW_DISTANCE),
  }
}

function wallsOf(lobby: Lobby, halls: Hall[]): Wall[] {
  const { minX, maxX, maxZ } = lobby.room.bounds
  const height = lobby.room.height
  const room = lobby.room.id
  const walls: Wall[] = [
    { a: { x: minX, z: maxZ }, b: { x: maxX, z: maxZ }, height, room },
    { a: { x: minX, z: 0 }, b: { x: minX, z: maxZ }, height, room },
    { a: { x: maxX, z: 0 }, b: { x: maxX, z: maxZ }, height, room },
  ]
  // The wall between lobby and halls, open at each door.
  let from = minX
  for (const { door } of halls) {
    walls.push({
      a: { x: from, z: 0 },
      b: { x: door.center.x - door.width / 2, z: 0 },
      height,
      room,
    })
    from = door.center.x + door.width / 2
  }
  walls.push({ a: { x: from, z: 0 }, b: { x: maxX, z: 0 }, height, room })
  for (const hall of halls) {
    const edges = rectEdges(hall.room.bounds).filter((edge) => !(edge.a.z === 0 && edge.b.z === 0))
    walls.push(...edges.map((edge) => ({ ...edge, height: hall.room.height, room: hall.room.id })))
  }
  return walls
}

/** Lays out the exhibition for a reply: one lobby, one hall per recommendation, one stand per measure. */
export function planExhibition(document: ReplyDocument): ExhibitionPlan {
  const count = document.recommendations.length
  const halls = document.recommendations.map((r, i) => planHall(r, i, count))
  const lobby = showing(planLobby(halls.map((h) => h.door)), document)
  const tour: Place[] = [{ kind: 'lobby' }]
  for (const hall of halls) {
    tour.push({ kind: 'hall', hall: hall.number })
    for (const stand of hall.stands)
      tour.push({ kind: 'exhibit', hall: hall.number, exhibit: stand.exhibit })
  }
  const rooms = [lobby.room, ...halls.map((h) => h.room)]
  return {
    lobby,
    halls,
    walls: wallsOf(lobby, halls),
    obstacles: [
      lobby.welcomeBoard.footprint,
      lobby.floorPlanTable.footprint,
      ...halls.flatMap((h) => h.stands.map((s) => s.footprint)),
    ],
    // A little above the board's centre: on a 16:9 screen the masthead covers the top tenth of
    // the view, and the board is then inside what is left.
    spawn: {
      position: [SPAWN.x, EYE_HEIGHT, SPAWN.z],
      target: [WELCOME_CENTRE[0], WELCOME_CENTRE[1] + 0.3, WELCOME_CENTRE[2]],
    },
    floorPlan: {
      bounds: rect(
        Math.min(...rooms.map((r) => r.bounds.minX)),
        Math.max(...rooms.map((r) => r.bounds.maxX)),
        Math.min(...rooms.map((r) => r.bounds.minZ)),
        Math.max(...rooms.map((r) => r.bounds.maxZ)),
      ),
      rooms,
      doors: halls.map((h) => h.door),
      stands: halls.flatMap((h) =>
        h.stands.map((s) => ({
          id: s.id,
          hall: s.hall,
          exhibit: s.exhibit,
          at: { x: s.panel.center[0], z: s.panel.center[2] },
        })),
      ),
    },
    tour,
  }
}
