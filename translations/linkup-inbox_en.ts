<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CreditLedger</name>
    <message numerus="yes">
        <source>Not sent: this would pass your daily budget of %n credit(s) (%1 spent today). Spend Anyway allows it until tomorrow; Settings change the budget.</source>
        <translation>
            <numerusform>Not sent: this would pass your daily budget of %n credit (%1 spent today). Spend Anyway allows it until tomorrow; Settings change the budget.</numerusform>
            <numerusform>Not sent: this would pass your daily budget of %n credits (%1 spent today). Spend Anyway allows it until tomorrow; Settings change the budget.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreditText</name>
    <message numerus="yes">
        <source>about %n credit(s) this session</source>
        <translation>
            <numerusform>about %n credit this session</numerusform>
            <numerusform>about %n credits this session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n since connected</source>
        <translation>
            <numerusform>%n since connected</numerusform>
            <numerusform>%n since connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n today</source>
        <translation>
            <numerusform>%1 of %n today</numerusform>
            <numerusform>%1 of %n today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to LinkupAPI this session.</source>
        <translation>
            <numerusform>%n request to LinkupAPI this session.</numerusform>
            <numerusform>%n requests to LinkupAPI this session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily budget: %n credit(s). A call that would pass it asks first.</source>
        <translation>
            <numerusform>Daily budget: %n credit. A call that would pass it asks first.</numerusform>
            <numerusform>Daily budget: %n credits. A call that would pass it asks first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvExportDialog</name>
    <message numerus="yes">
        <source>Exported %n conversation(s) to %1</source>
        <translation>
            <numerusform>Exported %n conversation to %1</numerusform>
            <numerusform>Exported %n conversations to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message numerus="yes">
        <source>%n conversation(s) loaded</source>
        <translation>
            <numerusform>%n conversation loaded</numerusform>
            <numerusform>%n conversations loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded, loading more…</source>
        <translation>
            <numerusform>%n conversation loaded, loading more…</numerusform>
            <numerusform>%n conversations loaded, loading more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) loaded; the next page could not be loaded</source>
        <translation>
            <numerusform>%n conversation loaded; the next page could not be loaded</numerusform>
            <numerusform>%n conversations loaded; the next page could not be loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n conversation(s) loaded: end of the list</source>
        <translation>
            <numerusform>All %n conversation loaded: end of the list</numerusform>
            <numerusform>All %n conversations loaded: end of the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) among %1 stored conversations and their messages</source>
        <translation>
            <numerusform>%n match among %1 stored conversations and their messages</numerusform>
            <numerusform>%n matches among %1 stored conversations and their messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) among %1 stored conversations</source>
        <translation>
            <numerusform>%n match among %1 stored conversations</numerusform>
            <numerusform>%n matches among %1 stored conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asks LinkedIn for the next %n conversation(s): %1</source>
        <translation>
            <numerusform>Asks LinkedIn for the next %n conversation: %1</numerusform>
            <numerusform>Asks LinkedIn for the next %n conversations: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n credit</numerusform>
            <numerusform>%n credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) waiting on you</source>
        <translation>
            <numerusform>%n conversation waiting on you</numerusform>
            <numerusform>%n conversations waiting on you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) waiting on them</source>
        <translation>
            <numerusform>%n conversation waiting on them</numerusform>
            <numerusform>%n conversations waiting on them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message numerus="yes">
        <source>%n character(s) too many: LinkedIn takes up to %1.</source>
        <translation>
            <numerusform>%n character too many: LinkedIn takes up to %1.</numerusform>
            <numerusform>%n characters too many: LinkedIn takes up to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too many</source>
        <translation>
            <numerusform>%n too many</numerusform>
            <numerusform>%n too many</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowAccessibleText</name>
    <message numerus="yes">
        <source>%n unread on LinkedIn, read here</source>
        <translation>
            <numerusform>%n unread on LinkedIn, read here</numerusform>
            <numerusform>%n unread on LinkedIn, read here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 conversations a page costs %n credit(s). LinkupAPI charges 1 credit for every 10 conversations.</source>
        <translation>
            <numerusform>%1 conversations a page costs %n credit. LinkupAPI charges 1 credit for every 10 conversations.</numerusform>
            <numerusform>%1 conversations a page costs %n credits. LinkupAPI charges 1 credit for every 10 conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>After %n minute</numerusform>
            <numerusform>After %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n credit(s) an hour</source>
        <translation>
            <numerusform>up to %n credit an hour</numerusform>
            <numerusform>up to %n credits an hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) a day</source>
        <translation>
            <numerusform>%n credit a day</numerusform>
            <numerusform>%n credits a day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>waited</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>waited</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>waited</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wk</source>
        <comment>waited</comment>
        <translation>
            <numerusform>%n wk</numerusform>
            <numerusform>%n wk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <source>Linkup Inbox — %n unread</source>
        <translation>
            <numerusform>Linkup Inbox — %n unread</numerusform>
            <numerusform>Linkup Inbox — %n unread</numerusform>
        </translation>
    </message>
</context>
</TS>
