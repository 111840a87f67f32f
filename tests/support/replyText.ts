import { parseReply, toChineseNumeral, type ReplyDocument } from '../../src/content'

/** The text of a well-formed reply with the given number of measures per recommendation. */
export function writeReply(measureCounts: number[]): string {
  const lines = [
    '办理结果：解决或采纳',
    '主动公开',
    '某区科学技术委员会',
    '某科两会〔2024〕7号',
    '对区政协十六届一次会议 第A001号提案的答复',
    '某某委员：',
    '您提出的“关于测试的提案”收悉，现答复如下：',
    '一、提案办理概况',
    '收到该提案后，我委十分重视。',
    '二、提案建议答复',
  ]
  measureCounts.forEach((count, r) => {
    lines.push(`（${toChineseNumeral(r + 1)}）关于“第${r + 1}条建议”的建议`)
    for (let m = 1; m <= count; m++)
      lines.push(`${m}. 措施${m}`, `第${r + 1}条建议的第${m}项措施，共 ${m * 10} 家企业参与。`)
  })
  return lines.join('\n\n')
}

export function replyWith(measureCounts: number[]): ReplyDocument {
  const result = parseReply(writeReply(measureCounts))
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'))
  return result.document
}
