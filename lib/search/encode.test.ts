import { describe, expect, it } from 'vitest';
import { encodeQuery, encodeText, queryTerms } from './encode';

describe('encodeText', () => {
  it('turns Chinese into bigrams plus the last character', () => {
    expect(encodeText('层归一化')).toEqual(['层归', '归一', '一化', '化']);
    expect(encodeText('注')).toEqual(['注']);
  });
  it('keeps English words whole and lowercases them', () => {
    expect(encodeText('Scaled Dot-Product AUC')).toEqual(['scaled', 'dot', 'product', 'auc']);
  });
  it('adds the parts of mixed-case words', () => {
    expect(encodeText('LayerNorm')).toEqual(['layernorm', 'layer', 'norm']);
    expect(encodeText('AdamW')).toEqual(['adamw', 'adam']);
  });
  it('folds full-width characters and case', () => {
    expect(encodeText('ＡＵＣ')).toEqual(encodeText('auc'));
    expect(encodeText('ＢＥＲＴ参数量')).toEqual(['bert', '参数', '数量', '量']);
  });
  it('splits mixed Chinese and English', () => {
    expect(encodeText('双塔DSSM召回')).toEqual(['双塔', '塔', 'dssm', '召回', '回']);
  });
  it('drops punctuation, symbols and emoji', () => {
    expect(encodeText('<img src=x onerror=alert(1)> .* \\ ( 🚀')).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
    expect(encodeText('   ')).toEqual([]);
  });
});

describe('encodeQuery / queryTerms', () => {
  it('omits the dangling single character of a Chinese run, dedupes', () => {
    expect(encodeQuery('负采样 负采样')).toEqual(['负采', '采样']);
    expect(encodeQuery('注')).toEqual(['注']);
    expect(encodeQuery('BERT 参数量')).toEqual(['bert', '参数', '数量']);
  });
  it('keeps what the reader typed as terms', () => {
    expect(queryTerms('Layer norm 与 ＢＮ')).toEqual(['layer', 'norm', '与', 'bn']);
  });
});
