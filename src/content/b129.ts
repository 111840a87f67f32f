import source from '../../assets/reply/B129.txt?raw'
import { parseReply } from './parseReply'

/** The reply this exhibition shows, parsed once when the app loads. */
export const B129 = parseReply(source)
