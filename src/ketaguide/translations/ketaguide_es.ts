<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ChoiceRow</name>
    <message>
        <location filename="../gui/choice_list.py" line="22"/>
        <source>Choice {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../gui/header.py" line="21"/>
        <source>Ketamine treatment guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="24"/>
        <source>Patient guide to ketamine treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="28"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="29"/>
        <source>Smaller text (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="32"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="33"/>
        <source>Larger text (Ctrl+=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="35"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="37"/>
        <source>Switch to white text on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="59"/>
        <source>Text size {0}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../gui/home_page.py" line="73"/>
        <source>Learn about your ketamine treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/home_page.py" line="76"/>
        <source>Start with the first topic and go at your own pace. Each one takes a few minutes to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/home_page.py" line="98"/>
        <source>Check and prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/home_page.py" line="109"/>
        <source>No topics are available right now. Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListenBar</name>
    <message>
        <location filename="../gui/read_aloud.py" line="50"/>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="51"/>
        <source>Read this page aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="52"/>
        <location filename="../gui/read_aloud.py" line="144"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="53"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="55"/>
        <source>Reading speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="144"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="27"/>
        <source>ketaguide – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="55"/>
        <source>Check what you learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="56"/>
        <source>{0} short questions. Let&apos;s check how well we explained things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="140"/>
        <source>Back to the questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message numerus="yes">
        <location filename="../gui/home_page.py" line="48"/>
        <source>%n min read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../gui/problems.py" line="15"/>
        <source>Content problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems.py" line="17"/>
        <source>These files need attention. Patients see every topic that loaded correctly. Run &quot;ketaguide check&quot; for the same list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems.py" line="22"/>
        <source>List of content problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsNotice</name>
    <message>
        <location filename="../gui/problems.py" line="40"/>
        <source>Some content could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/problems.py" line="41"/>
        <source>Details for staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../gui/quiz_page.py" line="53"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="62"/>
        <source>Let&apos;s check how well we explained this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="86"/>
        <source>Check my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="100"/>
        <source>Read about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="102"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="140"/>
        <source>Worth another look:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="144"/>
        <source>Review the ones I missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="147"/>
        <source>Continue reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="149"/>
        <source>Back to all topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="191"/>
        <source>Question {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="193"/>
        <source>Choose all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="194"/>
        <source>Choose one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="216"/>
        <source>See how I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="216"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="221"/>
        <source>That&apos;s right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="224"/>
        <source>Not quite. More than one answer is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="225"/>
        <source>Not quite. Here is what to know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="262"/>
        <source>There are no questions here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="265"/>
        <source>Well done. You got every question right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="266"/>
        <source>Thank you for checking. You know the key points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="268"/>
        <source>Thank you for checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="270"/>
        <source>You got {0} of {1} right on the first try. The topics below explain the others. It helps to read them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../gui/reader_page.py" line="57"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="58"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="59"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="67"/>
        <source>Go to the list of all topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="74"/>
        <source>Check this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="87"/>
        <location filename="../gui/reader_page.py" line="90"/>
        <source>On this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="106"/>
        <source>Topic text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="161"/>
        <source>Part {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="162"/>
        <source>This guide does not replace advice from your own care team. Ask them about anything that applies to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="167"/>
        <source>Check this part: {0} short questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="168"/>
        <source>Check this part: 1 short question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="175"/>
        <source>Last reviewed on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="176"/>
        <source>Reviewed by: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="196"/>
        <source>Back to: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="196"/>
        <source>Back to the list of topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="199"/>
        <source>Next: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
