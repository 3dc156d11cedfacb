import type { Messages } from '../../catalog-types.ts';
import type { en } from './en.ts';

export const zhHans: Messages<typeof en> = {
  subcommands: {
    help: { usage: 'help', example: 'help', what: '显示这份帮助。' },
    new: { usage: 'new [名称]', example: 'new 网购新客', what: '新建客户旅程地图：目标、客户角色、阶段、利益相关者。' },
    list: { usage: 'list', example: 'list', what: '列出这个工作区的地图。' },
    show: { usage: 'show [地图]', example: 'show 网购新客', what: '在地图的讨论串里发一张地图图片。' },
    interview: { usage: 'interview [地图]', example: 'interview', what: '在私信里为你的团队回答引导式访谈。' },
    summary: {
      usage: 'summary [地图] [阶段]',
      example: 'summary 网购新客 决策',
      what: '总结一个阶段（或所有阶段），并给出改进建议。',
    },
    digest: { usage: 'digest [地图]', example: 'digest', what: '预览本周周报（只有你能看到）。' },
    export: {
      usage: 'export [地图] {formats}',
      example: 'export 网购新客 csv',
      what: '把地图以文件形式发给你。',
    },
    language: {
      usage: 'language [地图] en|el|zh-Hans|zh-Hant',
      example: 'language 网购新客 zh-Hans',
      what: '更改地图使用的语言（仅限地图负责人）。',
    },
    archive: { usage: 'archive [地图]', example: 'archive 旧试点', what: '归档你负责的地图。' },
    reopen: { usage: 'reopen [地图]', example: 'reopen 旧试点', what: '重新启用已归档的地图（仅限负责人）。' },
  },
  product: '{product}',
  line: '`{command} {usage}`  {what}\n      _例如_ `{command} {example}`',
  intro: '*{product}* 汇集每个团队的经验，就在 Slack 里描绘客户从第一次听说你们到主动推荐你们的整个旅程。',
  opening: '我能做这些：',
  unknownOpening: '我还不认识 `{word}`。我能做这些：',
  fallback: '{product} 帮助：输入 {command} new 新建地图。',
  unknownFallback: '未知命令“{word}”。{product} 帮助：输入 {command} new 新建地图。',
  footer:
    '`[地图]` 是地图名称或 ID；在地图所在的频道里可以省略。任何人都可以在地图的讨论串里回复来补充接触点和障碍，例如 `接触点：定价网络研讨会 @考虑`。',
  unreadable: '抱歉，我没能读懂这个命令，请再试一次。',
};
