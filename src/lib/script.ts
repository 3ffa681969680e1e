const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/;

/** Text containing kana or kanji is marked lang="ja" so it is read and rendered as Japanese. */
export function langOf(text: string): "ja" | undefined {
  return JAPANESE.test(text) ? "ja" : undefined;
}
