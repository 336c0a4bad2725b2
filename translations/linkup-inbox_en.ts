<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <source>%1, %n unread, %2, %3, %4</source>
        <translation>
            <numerusform>%1, %n unread, %2, %3, %4</numerusform>
            <numerusform>%1, %n unread, %2, %3, %4</numerusform>
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
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n credit(s)</source>
        <translation>
            <numerusform>about %n credit</numerusform>
            <numerusform>about %n credits</numerusform>
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
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n too many</source>
        <translation>
            <numerusform>%n too many</numerusform>
            <numerusform>%n too many</numerusform>
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
</context>
</TS>
