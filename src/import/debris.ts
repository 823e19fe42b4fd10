import type { DroppedLine, InputLine } from './input-line.ts';

/** Lines a web page adds around a report, each kind with the name the import summary gives it. */
const KINDS: Array<{ reason: string; pattern: RegExp }> = [
  { reason: 'page navigation', pattern: /^(上一篇|下一篇)([:：].*)?$/u },
  { reason: 'page navigation', pattern: /^【?(打印本页|关闭窗口|关闭|返回顶部|返回|收藏|分享到?)】?$/u },
  { reason: 'page navigation', pattern: /^(当前位置|您的位置|你的位置|您现在的位置)[:：]/u },
  { reason: 'page navigation', pattern: /^首页\s*[>＞»›]/u },
  { reason: 'page navigation', pattern: /^(相关链接|相关文章|相关阅读|相关新闻)[:：]?$/u },
  { reason: 'print and font widget', pattern: /^(【(打印本页|打印|关闭窗口|关闭|收藏|字体.*|返回顶部)】\s*)+$/u },
  { reason: 'print and font widget', pattern: /^【?字[体号][:：]?\s*[【[]?大[】\]]?\s*[【[]?中[】\]]?\s*[【[]?小[】\]]?】?$/u },
  { reason: 'share widget', pattern: /^(扫一扫|分享到)[:：]?.{0,20}$/u },
  { reason: 'editor and error-report footer', pattern: /^(【我要纠错】\s*)?(责任编辑|编辑|责编)\s*[:：].{0,20}$/u },
  { reason: 'editor and error-report footer', pattern: /^【我要纠错】$/u },
  { reason: 'page metadata', pattern: /^(发布时间|浏览次数|访问量|点击数|阅读次数)[:：]/u },
  { reason: 'attachment link', pattern: /^附件下载[:：]?.{0,80}$/u },
  { reason: 'attachment link', pattern: /^(\d+\s*[.．、]\s*)?\S.{0,80}\.(docx?|xlsx?|pdf|wps|jpe?g|png|zip|rar)$/iu },
  { reason: 'infographic link', pattern: /^(图解|一图读懂\s*[|｜].*)$/u },
  { reason: 'news dateline', pattern: /^[（(]?新华社[^，。]{0,12}\d{1,2}月\d{1,2}日电[)）]?$/u },
  { reason: 'photo caption', pattern: /^.{0,120}(新华社|记者|摄影)\s*\S{2,4}\s*摄[)）]?$/u },
  { reason: 'mobile-site widget', pattern: /^([（(]右侧滑动条可拖动[)）]|.{0,20}e读版|登录注册|×|返回手机版|版权所有[:：].{0,20}|https?:\/\/\S+|.{0,40}云适配.{0,40})$/u },
];
const ATTACHMENT_LIST = /^附件[:：]?$/u;
/** A line a footer is made of: short, no sentence in it. */
const FOOTER_LINE = /^[^。！？；]{1,30}$/u;

export function debrisReason(text: string): string | undefined {
  return KINDS.find((kind) => kind.pattern.test(text))?.reason;
}

/**
 * Names every line of web debris: the lines that match a kind, an 附件： heading over attachment links, and the short
 * lines of a page footer lying between two debris lines at the end of the text (year links, × buttons).
 */
export function findDebris(lines: InputLine[]): Map<number, string> {
  const found = new Map<number, string>();
  lines.forEach((line, index) => {
    const reason = debrisReason(line.text);
    if (reason) found.set(index, reason);
  });
  lines.forEach((line, index) => {
    if (ATTACHMENT_LIST.test(line.text) && found.get(index + 1) === 'attachment link') found.set(index, 'attachment link');
  });
  let start = lines.length;
  while (start > 0 && (found.has(start - 1) || FOOTER_LINE.test(lines[start - 1].text))) start -= 1;
  const debrisInFooter = [...found.keys()].filter((index) => index >= start);
  if (debrisInFooter.length >= 2) {
    for (let index = Math.min(...debrisInFooter); index < Math.max(...debrisInFooter); index += 1) {
      if (!found.has(index)) found.set(index, 'web page footer');
    }
  }
  return found;
}

/** Lines minus the debris, and the debris as dropped lines. */
export function dropDebris(lines: InputLine[]): { kept: InputLine[]; dropped: DroppedLine[] } {
  const debris = findDebris(lines);
  return {
    kept: lines.filter((_line, index) => !debris.has(index)),
    dropped: [...debris].map(([index, reason]) => ({ line: lines[index].line, text: lines[index].text, reason })),
  };
}
