/**
 * Lines that say who wrote an article, when, and whose the pictures are, in every script the
 * reader may meet: "By Pat Long", "بقلم سارة الأحمد", "记者 王小明", "Photo: …", "图/…", "March 3, 2026".
 * The cleanup drops them from the body; the excerpt skips them.
 */

const CREDIT_LINE = /^(photo|photos|photograph|photography|image|images|picture|pictures|credit|credits|source|foto|fotos|bild|bilder|bildquelle|titelbild|beitragsbild|quelle|crédits?( photos?)?|fuente|źródło|fot\.|zdjęcie)\b\s*(by|via|:|©|\/|-)/i;
const CREDIT_TEXT = /^(photo|foto|bild|image|credit|beitragsbild|titelbild)s?\s*:?\s*$|^©|\b(getty images|dpa|reuters|ap photo|afp|shutterstock|istock|imago)\b.{0,40}$/i;
/** Arabic, Chinese, Japanese, Korean, Russian and Hebrew credits: the word, then a separator (or a space after the verbs). */
const CREDIT_OTHER = /^(?:(?:تصوير|صورة|الصورة|المصدر|图|圖|图片|圖片|图片来源|圖片來源|摄影|攝影|来源|來源|写真|사진|출처|фото|источник|צילום)\s*[:：/／|｜]|(?:تصوير|摄影|攝影|צילום)\s)/iu;

const DATE = /(\b\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.?\s+(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)\w*\.?\s+\d{4}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}:\d{2}\s*(am|pm|uhr)?\b)/i;
/** Dates JavaScript's \b cannot see: "2026年3月3日", "2026.03.03", "3 مارس 2026". */
const DATE_OTHER = /(\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?|\d{1,2}\s+(يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)\S*\s+\d{4})/u;
const META_LABEL = /^(by|von|par|por|posted|published|updated|last (modified|updated)|veröffentlicht|aktualisiert|erstellt|geschrieben|publiziert|stand|datum|publié|mis à jour|publicado|actualizado|publikacja|aktualizacja|this entry was posted|der beitrag wurde|\d+\s*min(ute)?s?\s*(read|lesezeit)|lesezeit)\b/i;
/**
 * The same labels in scripts \b does not know: a word, then a space, a separator or the end.
 * Chinese bylines may name the paper first ("本报记者", "新华社记者").
 */
const META_LABEL_OTHER = /^(?:بقلم|كتب|كتبت|كتبه|كتبها|تأليف|بواسطة|إعداد|تحرير|مراسل|مراسلة|نشر في|تاريخ النشر|آخر تحديث|\p{Script=Han}{0,6}(?:记者|記者)|作者|撰文|撰稿|编辑|編輯|责编|責編|责任编辑|責任編輯|通讯员|通訊員|发布时间|發佈時間|发布于|更新时间|更新時間|执笔|執筆|筆者|автор|текст|опубликовано|обновлено|מאת|פורסם|लेखक|द्वारा)(?:\s|[:：/／|｜]|$)|^文\s*[:：/／|｜]|\s기자$/iu;

function wordsBesides(text: string, date: string): number {
  return text.replace(date, '').replace(/[\s|,.:·•–،-]+/g, ' ').trim().split(' ').filter(Boolean).length;
}

export function isCreditLine(text: string): boolean {
  return CREDIT_LINE.test(text) || CREDIT_TEXT.test(text) || CREDIT_OTHER.test(text);
}

/** A byline, a date with at most four other words, or a "published"/"updated" line. */
export function isBylineOrDateline(text: string): boolean {
  if (META_LABEL.test(text) || META_LABEL_OTHER.test(text)) return true;
  const date = DATE.exec(text) ?? DATE_OTHER.exec(text);
  return date !== null && wordsBesides(text, date[0]) <= 4;
}

/** What the excerpt skips. */
export function isMetaLine(text: string): boolean {
  return isBylineOrDateline(text) || isCreditLine(text);
}
