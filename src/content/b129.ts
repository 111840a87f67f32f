import source from '../../assets/reply/B129.txt?raw'
import bodies from '../../assets/reply/B129.bodies.json'
import { parseReply } from './parseReply'

/** The reply this exhibition shows, parsed once when the app loads. */
export const B129 = parseReply(source)

/**
 * Organisations each measure names, as written in it (checked by the tests), shown as name
 * plaques: text only, no logos.
 */
export const B129_BODIES: Readonly<Record<string, readonly string[]>> = bodies
