#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSize>
#include <QTimer>

class ConversationListView;

// Lays out, once painting pauses, the rows a page below and a page above what the list
// shows, so that Page Down, Page Up and the wheel paint rows whose texts are already
// elided and shaped: a row painted for the first time costs four to five times one
// painted again (bench_paint oneRowCold against oneRow). It works in slices of a few ms,
// so a key pressed meanwhile waits for one slice at most, and reads only the store.
class RowsAhead : public QObject
{
    Q_OBJECT

public:
    // Pause after a paint before the work starts: shorter than a held key's repeat
    // (25 to 40 ms), so that the next page is ready when the next Page Down comes.
    static constexpr int PauseMs = 10;
    static constexpr int SliceMs = 3;

    explicit RowsAhead(ConversationListView *view);

signals:
    // The rows around the shown ones are laid out (tests, benchmarks).
    void done();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void layOutSlice();

    ConversationListView *m_view;
    const QObject *m_viewport; // what the filter watches
    QTimer m_timer;
    int m_next = 0; // how many of the rows ahead this pass has gone through
    // What the last complete pass was for: the same shown rows need no pass.
    struct Shown
    {
        int first = -1;
        int last = -1;
        QSize size;
        bool operator==(const Shown &other) const
        {
            return first == other.first && last == other.last && size == other.size;
        }
    } m_done, m_pass;
};
