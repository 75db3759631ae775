/**
 * Sample articles for the screenshots of Quire in another UI language: a reading list in
 * that language (with one English title among them) and the article the reader shows.
 */
export interface Sample {
  title: string;
  siteName: string;
  tags: string[];
  archived?: boolean;
  favorite?: boolean;
  progress?: number;
}

export interface LocaleSamples {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Between two sentences: a space, or nothing in Japanese. */
  separator: string;
  list: Sample[];
  article: { title: string; siteName: string; byline: string; sentences: string[] };
}

const ENGLISH: Sample = { title: 'The quiet return of the night train', siteName: 'The Rail Review', tags: ['travel'], favorite: true };

export const LOCALE_SAMPLES: Record<string, LocaleSamples> = {
  ar: {
    lang: 'ar',
    dir: 'rtl',
    separator: ' ',
    list: [
      { title: 'ما قيمة بطاقة المكتبة اليوم؟', siteName: 'مجلة المدينة', tags: ['ثقافة'], archived: true },
      ENGLISH,
      { title: 'كيف تحفظ الأنهار الجليدية الزمن، وماذا تخبرنا الآن', siteName: 'دفاتر ميدانية', tags: ['علوم'], progress: 0.4 },
    ],
    article: {
      title: 'عودة قطار الليل إلى المدن الأوروبية',
      siteName: 'مجلة السكك',
      byline: 'سارة الخطيب',
      sentences: [
        'عاد قطار الليل إلى الخدمة بعد غياب دام أكثر من عشر سنوات.',
        'ينتظر الركاب على الرصيف منذ المساء، ومعهم حقائب صغيرة وكتب للطريق.',
        'يقول المسؤولون إن الطلب على الرحلات الليلية تضاعف خلال العامين الماضيين.',
        'ويرى كثيرون أن النوم في القطار أفضل من قضاء ساعات في المطارات.',
        'لكن تكلفة التشغيل ما زالت مرتفعة، والعربات القديمة تحتاج إلى تجديد.',
        'هل يستطيع قطار الليل أن ينافس الطائرات من جديد؟',
      ],
    },
  },
  ja: {
    lang: 'ja',
    dir: 'ltr',
    separator: '',
    list: [
      { title: '図書館カードの価値とは何か', siteName: 'シティ・デスク', tags: ['文化'], archived: true },
      ENGLISH,
      { title: '氷河はどのように時を刻み、今何を伝えているのか', siteName: 'フィールドノート', tags: ['科学'], progress: 0.4 },
    ],
    article: {
      title: 'ヨーロッパの都市に夜行列車が戻ってきた',
      siteName: '鉄道レビュー',
      byline: '佐藤 美咲',
      sentences: [
        '夜行列車が十年以上の休止を経て運行を再開した。',
        '乗客は夕方からホームで待ち、小さな鞄と道中の本を手にしている。',
        '担当者によると、夜行便の需要はこの二年で倍増したという。',
        '空港で何時間も過ごすより、列車で眠るほうがよいと考える人は多い。',
        'しかし運行費は依然として高く、古い車両には改修が必要だ。',
        '夜行列車は再び飛行機と競えるのだろうか。',
      ],
    },
  },
};

/** Four paragraphs of the sample's sentences, each starting one sentence further on. */
export function sampleHtml({ article, separator }: LocaleSamples): string {
  const { sentences } = article;
  return [0, 1, 2, 3]
    .map((shift) => `<p>${sentences.map((_, i) => sentences[(i + shift) % sentences.length]).join(separator)}</p>`)
    .join('\n');
}
