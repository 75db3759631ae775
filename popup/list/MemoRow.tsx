/**
 * A row that renders again only when one of its props changed: typing in the search
 * re-renders the list twice before the answer comes, and rows already shown should not.
 */
import { Component } from 'preact';
import { ArticleRow, type ArticleRowProps } from './ArticleRow';

export class MemoRow extends Component<ArticleRowProps> {
  override shouldComponentUpdate(next: ArticleRowProps): boolean {
    const keys = Object.keys(next) as (keyof ArticleRowProps)[];
    return keys.some((key) => next[key] !== this.props[key]);
  }

  override render() {
    return <ArticleRow {...this.props} />;
  }
}
