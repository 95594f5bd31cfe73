<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../printing/document.py" line="136"/>
        <source>Appointment: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../printing/document.py" line="140"/>
        <source>______________________  at  __________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../printing/document.py" line="143"/>
        <source>Prepared for: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../printing/document.py" line="146"/>
        <source>Tick each box when it is done. Bring this sheet with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../printing/pages.py" line="110"/>
        <source>your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../printing/pages.py" line="112"/>
        <source>Questions? Call {clinic} at </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../printing/pages.py" line="116"/>
        <source>Questions? Call {clinic}: ______________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../printing/pages.py" line="119"/>
        <source>Emergency: call </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../printing/pages.py" line="121"/>
        <source>     Mental health crisis: call </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../printing/pages.py" line="222"/>
        <source>Content reviewed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../printing/pages.py" line="224"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../printing/printout.py" line="53"/>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttractPage</name>
    <message>
        <location filename="../gui/attract_page.py" line="31"/>
        <source>Clinic logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/attract_page.py" line="33"/>
        <source>Ketamine treatment guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/attract_page.py" line="38"/>
        <source>Learn about your ketamine treatment, at your own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/attract_page.py" line="43"/>
        <source>Touch the screen to start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../gui/checklist_page.py" line="116"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="117"/>
        <source>Go to the list of all topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="123"/>
        <source>Preparation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="127"/>
        <source>Tick each box when it is done. Your ticks stay on this screen only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="132"/>
        <source>The checklist is not available right now. Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="152"/>
        <source>Content reviewed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="167"/>
        <source>For your printout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="171"/>
        <location filename="../gui/checklist_page.py" line="173"/>
        <source>Add my appointment date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="182"/>
        <source>Appointment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="187"/>
        <source>Appointment time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="193"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="193"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="202"/>
        <source>First name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="205"/>
        <source>First name for the printout (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="210"/>
        <source>Your name is printed on the page only. It is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="217"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="219"/>
        <source>Print the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="221"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="222"/>
        <source>Save the checklist as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="231"/>
        <source>Printing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="282"/>
        <source>That time does not exist on this day because the clocks change. Please check the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="312"/>
        <source>Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="313"/>
        <source>You can save the checklist as a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="314"/>
        <source>No printer is set up on this computer. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="324"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="336"/>
        <source>{0}-checklist.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="337"/>
        <source>Save the checklist as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="338"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="345"/>
        <source>The checklist could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="347"/>
        <source>Saved as {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../gui/header.py" line="58"/>
        <source>Text size {0}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../gui/home_page.py" line="70"/>
        <source>Learn about your ketamine treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/home_page.py" line="73"/>
        <source>Start with the first topic and go at your own pace. Each one takes a few minutes to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/home_page.py" line="81"/>
        <source>Check and prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/home_page.py" line="98"/>
        <source>No topics are available right now. Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../gui/idle_warning.py" line="27"/>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/idle_warning.py" line="33"/>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/idle_warning.py" line="81"/>
        <source>To keep your answers private, this screen will start over in {0} seconds.</source>
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
        <location filename="../gui/main_window.py" line="31"/>
        <source>ketaguide – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="63"/>
        <source>Check what you learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="64"/>
        <source>{0} short questions. Let&apos;s check how well we explained things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="72"/>
        <source>Your preparation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="73"/>
        <source>What to do before your infusion, with your own times. Tick it off, print it or save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="175"/>
        <source>Back to the questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message numerus="yes">
        <location filename="../gui/home_page.py" line="49"/>
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
        <location filename="../gui/quiz_page.py" line="43"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="52"/>
        <source>Let&apos;s check how well we explained this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="75"/>
        <source>Check my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="89"/>
        <source>Read about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="91"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="129"/>
        <source>Worth another look:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="133"/>
        <source>Review the ones I missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="136"/>
        <source>Continue reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="138"/>
        <source>Back to all topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="180"/>
        <source>Question {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="182"/>
        <source>Choose all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="183"/>
        <source>Choose one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="205"/>
        <source>See how I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="205"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="210"/>
        <source>That&apos;s right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="213"/>
        <source>Not quite. More than one answer is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="214"/>
        <source>Not quite. Here is what to know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="251"/>
        <source>There are no questions here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="254"/>
        <source>Well done. You got every question right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="255"/>
        <source>Thank you for checking. You know the key points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="257"/>
        <source>Thank you for checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="259"/>
        <source>You got {0} of {1} right on the first try. The topics below explain the others. It helps to read them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../gui/reader_page.py" line="87"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="88"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="89"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="97"/>
        <source>Go to the list of all topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="104"/>
        <source>Check this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="117"/>
        <location filename="../gui/reader_page.py" line="120"/>
        <source>On this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="137"/>
        <source>Topic text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="192"/>
        <source>Part {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="193"/>
        <source>This guide does not replace advice from your own care team. Ask them about anything that applies to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="198"/>
        <source>Check this part: {0} short questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="199"/>
        <source>Check this part: 1 short question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="207"/>
        <source>Last reviewed on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="208"/>
        <source>Reviewed by: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="228"/>
        <source>Back to: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="228"/>
        <source>Back to the list of topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="231"/>
        <source>Next: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPad</name>
    <message>
        <location filename="../gui/staff_pad.py" line="50"/>
        <source>Staff only: enter the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="66"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="70"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="73"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="90"/>
        <source>Staff menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="93"/>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="94"/>
        <source>Print a checklist for an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="95"/>
        <source>Reload content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="96"/>
        <source>Content problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="100"/>
        <source>Back to the patient screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="160"/>
        <source>That PIN is not right. {0} tries left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="172"/>
        <source>Too many tries. The pad is locked for {0} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
