package dev.handbook.render;

import org.commonmark.internal.BlockStartImpl;
import org.commonmark.internal.ListBlockParser;
import org.commonmark.internal.ListItemParser;
import org.commonmark.internal.ThematicBreakParser;
import org.commonmark.node.ListItem;
import org.commonmark.parser.Parser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Keeps the spaces of a blank line inside a list item beyond the item's indent, as cmark-gfm (and so GitHub)
 * does: in a fenced code block in a list item, a line of four spaces under a two-space item is a code line of
 * two spaces. commonmark-java (0.30 to 0.32) drops every space of such a line, so the code block loses them
 * (commonmark.js had the same bug, its issue 212). The list items are commonmark-java's own, started by its
 * list parser; only the blank-line step of continuing one differs. Remove this extension once commonmark-java
 * keeps those spaces itself: {@code ListItemBlankLinesTest} says when.
 */
final class ListItemBlankLines implements Parser.ParserExtension {
    @Override
    public void extend(Parser.Builder builder) {
        // Custom factories are asked before the core ones, so this one starts every list item (after the
        // extensions' own blocks: tables, footnotes).
        builder.customBlockParserFactory(new Factory());
    }

    private static final class Factory extends AbstractBlockParserFactory {
        private final ListBlockParser.Factory lists = new ListBlockParser.Factory();
        private final ThematicBreakParser.Factory breaks = new ThematicBreakParser.Factory();

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            // Among the core's blocks only a thematic break ("* * *") can start like a list item, and it wins.
            if (breaks.tryStart(state, matched) != null) {
                return BlockStart.none();
            }
            BlockStart start = lists.tryStart(state, matched);
            if (!(start instanceof BlockStartImpl impl)) {
                return start;
            }
            BlockParser[] parsers = impl.getBlockParsers().clone();
            int last = parsers.length - 1;
            ListItem item = (ListItem) parsers[last].getBlock();
            parsers[last] = new ItemParser(item.getMarkerIndent(), item.getContentIndent());
            return BlockStart.of(parsers).atColumn(impl.getNewColumn());
        }
    }

    private static final class ItemParser extends ListItemParser {
        private final int contentIndent;

        ItemParser(int markerIndent, int contentIndent) {
            super(markerIndent, contentIndent);
            this.contentIndent = contentIndent;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            // The item's own step first: it decides whether a blank line ends the item and whether the list is loose.
            BlockContinue own = super.tryContinue(state);
            if (own != null && state.isBlank() && state.getIndent() >= contentIndent) {
                return BlockContinue.atColumn(state.getColumn() + contentIndent);
            }
            return own;
        }
    }
}
