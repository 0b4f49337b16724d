package io.threadlab.lesson.commands;

import io.threadlab.command.CommandSpec;
import io.threadlab.command.Printable;
import io.threadlab.core.ChapterExercises;
import io.threadlab.core.Dispatcher;
import io.threadlab.core.Session;
import io.threadlab.command.Invocation;
import io.threadlab.command.UsageException;
import io.threadlab.command.Values;
import io.threadlab.lesson.Block;
import io.threadlab.lesson.Lesson;
import io.threadlab.lesson.Page;
import io.threadlab.output.Output;
import io.threadlab.output.Style;
import io.threadlab.output.TextWidth;
import io.threadlab.progress.Progress;
import io.threadlab.render.MarkdownRenderer;
import io.threadlab.render.TableLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/** The course commands: list chapters, open one, move between pages, run a page's commands. */
public final class LessonCommands {
    private final Session session;
    private final Dispatcher dispatcher;

    public LessonCommands(Session session, Dispatcher dispatcher) {
        this.session = session;
        this.dispatcher = dispatcher;
    }

    public List<CommandSpec> specs() {
        return List.of(
                CommandSpec.builder("lessons", "list the chapters in order, with your progress").handler(i -> list()),
                CommandSpec.builder("lesson", "open a chapter by number or id")
                        .arguments("N|ID", 1, 1)
                        .argumentValues(() -> session.lessons().ids())
                        .handler(this::open),
                CommandSpec.builder("next", "show the next page").handler(i -> step(+1)),
                CommandSpec.builder("back", "show the previous page").handler(i -> step(-1)),
                CommandSpec.builder("page", "show the current page again, or page N of this chapter")
                        .arguments("[N]", 0, 1)
                        .handler(this::page),
                CommandSpec.builder("try", "run the page's N-th threadlab command (the first by default)")
                        .arguments("[N]", 0, 1)
                        .handler(this::tryBlock),
                CommandSpec.builder("progress", "show what you have read and done, and where it is saved")
                        .handler(i -> showProgress()),
                new PredictCommand(session, dispatcher).spec());
    }

    /** The prompt names the chapter and page, e.g. {@code threads 2/6 > }. */
    public String prompt() {
        // The page count alone, which a returning learner's first prompt gets without reading the lessons.
        return session.progress().lesson()
                .flatMap(id -> {
                    java.util.OptionalInt pages = session.pageCount(id);
                    return pages.isPresent() ? Optional.of(id + " " + session.progress().page() + "/" + pages.getAsInt() + " > ")
                            : Optional.empty();
                })
                .orElse("threadlab > ");
    }

    private Optional<Lesson> current() {
        return session.progress().lesson().flatMap(id -> session.lessons().byId(id));
    }

    private void list() {
        Output out = session.out();
        Style s = out.style();
        List<Lesson> all = session.lessons().all();
        if (all.isEmpty()) {
            out.println("no lessons found");
            return;
        }
        String currentId = session.progress().lesson().orElse("");
        List<List<String>> rows = new ArrayList<>();
        ChapterExercises exercises = session.service(ChapterExercises.class, ChapterExercises.NONE);
        rows.add(List.of(s.bold("  #"), s.bold("chapter"), s.bold("read"), s.bold("exercises"), s.bold("about")));
        for (Lesson lesson : all) {
            int seen = session.progress().seen(lesson.id()).size();
            int total = lesson.pages().size();
            String mark = seen >= total ? s.ok("✓") : seen > 0 ? s.accent("◐") : s.dim("·");
            String here = lesson.id().equals(currentId) ? s.accent("▸") : " ";
            String done = exercises.summary(lesson.id());
            rows.add(List.of(here + " " + session.lessons().position(lesson), s.bold(lesson.id()),
                    mark + " " + Math.min(seen, total) + "/" + total, done.isEmpty() ? "" : done + " passed", lesson.summary()));
        }
        new TableLayout(s).rightAlign(true).render(rows, out.width()).forEach(out::println);
        out.status("open one with 'lesson N' or 'lesson ID'");
    }

    private void open(Invocation inv) {
        String which = inv.arg(0, "");
        Lesson lesson = session.lessons().find(which).orElseThrow(() -> new UsageException(
                "no lesson '" + Printable.of(which) + "'; choose 1 to "
                        + session.lessons().all().size() + " or one of: " + String.join(", ", session.lessons().ids())));
        Progress p = session.progress();
        int page = p.lesson().filter(lesson.id()::equals).isPresent() ? p.page() : 1;
        show(lesson, Math.min(page, lesson.pages().size()));
    }

    private void step(int delta) {
        Lesson lesson = current().orElseThrow(() -> new UsageException("no chapter is open; type 'lessons', then 'lesson N'"));
        int target = session.progress().page() + delta;
        if (target < 1) {
            throw new UsageException("this is the first page of '" + lesson.id() + "'");
        }
        if (target > lesson.pages().size()) {
            List<Lesson> all = session.lessons().all();
            int at = all.indexOf(lesson);
            if (at + 1 < all.size()) {
                Lesson following = all.get(at + 1);
                session.out().status("end of '" + lesson.id() + "'; on to chapter " + (at + 2) + ", " + following.title());
                show(following, 1);
                return;
            }
            throw new UsageException("this is the last page of the course; type 'lessons' to review");
        }
        show(lesson, target);
    }

    private void page(Invocation inv) {
        Lesson lesson = current().orElseThrow(() -> new UsageException("no chapter is open; type 'lessons', then 'lesson N'"));
        int n = inv.args().isEmpty() ? session.progress().page() : pageNumber(inv.arg(0, ""), lesson);
        show(lesson, n);
    }

    private static int pageNumber(String text, Lesson lesson) {
        int max = lesson.pages().size();
        if (!text.matches("\\d{1,6}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > max) {
            throw new UsageException("page: '" + Printable.of(text) + "' is not a page of '"
                    + lesson.id() + "'; allowed: " + Values.range(1, max));
        }
        return Integer.parseInt(text);
    }

    void show(Lesson lesson, int number) {
        Output out = session.out();
        Style s = out.style();
        Page page = lesson.page(number);
        session.progress().moveTo(lesson.id(), page.number());
        session.saveProgress();
        List<String> lines = new java.util.ArrayList<>();
        lines.add(s.dim("chapter " + session.lessons().position(lesson) + " · " + lesson.title()
                + " · page " + page.number() + " of " + lesson.pages().size()));
        lines.add("");
        lines.addAll(new MarkdownRenderer(s, Math.min(out.width(), 100)).render(page.markdown()));
        out.page(lines);
        out.blank();
        long predicts = page.blocks().stream().filter(b -> b.kind() == Block.Kind.PREDICT).count();
        for (int q = 1; q <= predicts; q++) {
            String earlier = session.progress().predictions().get(PredictCommand.key(lesson.id(), page.number(), q));
            if (earlier != null) {
                TextWidth.wrap("your earlier guess here" + (predicts > 1 ? " (question " + q + ")" : "") + ": " + earlier,
                        out.width(), "", "  ").forEach(out::status);
            }
        }
        String nav = page.number() < lesson.pages().size() ? "'next' for page " + (page.number() + 1) : "'next' for the next chapter";
        out.status(TextWidth.strip(nav + (page.number() > 1 ? " · 'back'" : "") + " · 'lessons' for the list"));
    }

    private void tryBlock(Invocation inv) {
        Lesson lesson = current().orElseThrow(() -> new UsageException("no chapter is open; type 'lessons', then 'lesson N'"));
        Page page = lesson.page(session.progress().page());
        List<Block> commands = page.commands();
        if (commands.isEmpty()) {
            throw new UsageException("this page has no threadlab command to try");
        }
        String arg = inv.arg(0, "1");
        if (!arg.matches("\\d{1,6}") || Integer.parseInt(arg) < 1 || Integer.parseInt(arg) > commands.size()) {
            throw new UsageException("try: no command " + Printable.of(arg)
                    + " on this page; allowed: " + Values.range(1, commands.size()));
        }
        String command = commands.get(Integer.parseInt(arg) - 1).command();
        session.out().println(session.out().style().bold("▶ " + command));
        dispatcher.execute(command);
    }

    private void showProgress() {
        Output out = session.out();
        Progress p = session.progress();
        Style s = out.style();
        out.println(current().map(l -> "you are in chapter " + session.lessons().position(l) + " (" + l.id()
                + "), page " + p.page() + " of " + l.pages().size()).orElse("no chapter opened yet"));
        int idWidth = session.lessons().all().stream().mapToInt(l -> l.id().length()).max().orElse(10) + 2;
        for (Lesson lesson : session.lessons().all()) {
            SortedSet<Integer> seen = p.seen(lesson.id());
            out.println("  " + TextWidth.padRight(s.bold(lesson.id()), idWidth) + seen.size() + "/" + lesson.pages().size()
                    + " pages read" + (seen.isEmpty() ? "" : s.dim("  (pages " + joined(seen) + ")")));
        }
        if (!p.exercises().isEmpty()) {
            out.println("exercises:");
            p.exercises().forEach((id, state) -> out.println("  " + TextWidth.padRight(id, 20) + state.label()));
        }
        if (!p.predictions().isEmpty()) {
            out.println("predictions (chapter.page.question: your guess → what the run measured):");
            p.predictions().forEach((key, value) -> TextWidth.wrap("  " + key + ": " + value, out.width(), "", "    ")
                    .forEach(out::println));
        }
        session.progressStore().lastFailure().ifPresentOrElse(
                why -> out.error("not saved: the last save to " + session.progressStore().file() + " failed (" + why + ")"),
                () -> out.status("saved in " + session.progressStore().file()));
    }

    private static String joined(SortedSet<Integer> pages) {
        return String.join(",", pages.stream().map(String::valueOf).toList());
    }
}
