/** A short news story, and an advertiser notice Readability favours over it, for the tests of the article choice. */
export const url = 'https://news.example/story';

export const storyParagraphs = [
  'The harbour authority approved the new ferry schedule on Tuesday after months of complaints from commuters on the island.',
  'Under the plan, boats will leave every twenty minutes during the morning and evening rush, and every hour late at night.',
  'Residents who had campaigned for the change said the old timetable forced them to leave home an hour before work started.',
  'The operator will hire twelve more crew members and lease a fourth vessel until its own new ship is delivered next spring.',
  'Fares stay the same for now, although the authority said it would review the price of season tickets in the autumn.',
  'The first boats on the new timetable are expected to sail at the start of next month, weather and crew training permitting.',
];

export const notice =
  'Many of the offers that appear on this website are from companies from which we receive compensation. This compensation may impact how and where products appear on this site, including the order in which they appear. This site does not include all companies or all available offers. Please view our advertising policy page for more information.';

export function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Ferries every twenty minutes</title>${head}</head><body>${body}</body></html>`;
}
