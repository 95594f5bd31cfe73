<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AttractPage</name>
    <message>
        <location filename="../gui/attract_page.py" line="31"/>
        <source>Clinic logo</source>
        <translation>Logotipo de la clínica</translation>
    </message>
    <message>
        <location filename="../gui/attract_page.py" line="33"/>
        <source>Ketamine treatment guide</source>
        <translation>Guía del tratamiento con ketamina</translation>
    </message>
    <message>
        <location filename="../gui/attract_page.py" line="38"/>
        <source>Learn about your ketamine treatment, at your own pace.</source>
        <translation>Aprenda sobre su tratamiento con ketamina, a su propio ritmo.</translation>
    </message>
    <message>
        <location filename="../gui/attract_page.py" line="43"/>
        <source>Touch the screen to start</source>
        <translation>Toque la pantalla para empezar</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../gui/checklist_page.py" line="76"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="77"/>
        <source>Go to the list of all topics</source>
        <translation>Ir a la lista de todos los temas</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="83"/>
        <location filename="../gui/checklist_page.py" line="84"/>
        <location filename="../gui/checklist_page.py" line="201"/>
        <source>Preparation checklist</source>
        <translation>Lista de preparación</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="89"/>
        <source>Tick each box when it is done. Your ticks stay on this screen only.</source>
        <translation>Marque cada casilla cuando lo haya hecho. Sus marcas se quedan solo en esta pantalla.</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="94"/>
        <source>The checklist is not available right now. Please ask a member of staff.</source>
        <translation>La lista no está disponible en este momento. Por favor, pregunte a alguien del personal.</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="114"/>
        <source>Content reviewed {0}</source>
        <translation>Contenido revisado el {0}</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="129"/>
        <source>For your printout</source>
        <translation>Para su hoja impresa</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="133"/>
        <location filename="../gui/checklist_page.py" line="135"/>
        <source>Add my appointment date and time</source>
        <translation>Agregar la fecha y la hora de mi cita</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="144"/>
        <source>Appointment date</source>
        <translation>Fecha de la cita</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="149"/>
        <source>Appointment time</source>
        <translation>Hora de la cita</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="155"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="155"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="164"/>
        <source>First name (optional)</source>
        <translation>Nombre (opcional)</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="167"/>
        <source>First name for the printout (optional)</source>
        <translation>Nombre para la hoja impresa (opcional)</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="172"/>
        <source>Your name is printed on the page only. It is not saved.</source>
        <translation>Su nombre solo se imprime en la hoja. No se guarda.</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="179"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="181"/>
        <source>Print the checklist</source>
        <translation>Imprimir la lista</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="183"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="184"/>
        <source>Save the checklist as a PDF file</source>
        <translation>Guardar la lista como archivo PDF</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="193"/>
        <source>Printing status</source>
        <translation>Estado de la impresión</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="251"/>
        <source>That time does not exist on this day because the clocks change. Please check the time.</source>
        <translation>Esa hora no existe ese día porque se cambia la hora. Por favor, revise la hora.</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="280"/>
        <source>No printer is set up on this computer. You can check the page in the preview and save the checklist as a PDF instead.</source>
        <translation>No hay ninguna impresora instalada en esta computadora. Puede revisar la hoja en la vista previa y, en su lugar, guardar la lista como PDF.</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="281"/>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="285"/>
        <source>The printer {0} is not taking print jobs. Please check the printer, or ask for help.</source>
        <translation>La impresora {0} no está aceptando trabajos. Por favor, revise la impresora o pida ayuda.</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="287"/>
        <source>Sent to {0}.</source>
        <translation>Se envió a {0}.</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="290"/>
        <source>{0}-checklist.pdf</source>
        <translation>{0}-lista.pdf</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="291"/>
        <source>Save the checklist as a PDF</source>
        <translation>Guardar la lista como PDF</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="291"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="298"/>
        <source>The checklist could not be saved: {0}</source>
        <translation>No se pudo guardar la lista: {0}</translation>
    </message>
    <message>
        <location filename="../gui/checklist_page.py" line="284"/>
        <location filename="../gui/checklist_page.py" line="301"/>
        <source>Saved as {0}</source>
        <translation>Se guardó como {0}</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <location filename="../gui/choice_list.py" line="72"/>
        <source>Choice {0}</source>
        <translation>Opción {0}</translation>
    </message>
</context>
<context>
    <name>ContactBar</name>
    <message>
        <location filename="../gui/contact_bar.py" line="24"/>
        <source>Questions? Call {0}: {1}</source>
        <translation>¿Preguntas? Llame a {0}: {1}</translation>
    </message>
    <message>
        <location filename="../gui/contact_bar.py" line="26"/>
        <source>Emergency: {0}</source>
        <translation>Emergencias: {0}</translation>
    </message>
    <message>
        <location filename="../gui/contact_bar.py" line="28"/>
        <source>Crisis line (call or text): {0}</source>
        <translation>Línea de crisis (llamada o mensaje de texto): {0}</translation>
    </message>
    <message>
        <location filename="../gui/contact_bar.py" line="37"/>
        <source>Contact numbers</source>
        <translation>Números de contacto</translation>
    </message>
</context>
<context>
    <name>FinishConfirm</name>
    <message>
        <location filename="../gui/finish_confirm.py" line="17"/>
        <source>Clear the screen for the next person?</source>
        <translation>¿Borrar la pantalla para la siguiente persona?</translation>
    </message>
    <message>
        <location filename="../gui/finish_confirm.py" line="21"/>
        <source>Everything you did here will be cleared.</source>
        <translation>Se borrará todo lo que hizo aquí.</translation>
    </message>
    <message>
        <location filename="../gui/finish_confirm.py" line="24"/>
        <source>Yes, clear the screen</source>
        <translation>Sí, borrar la pantalla</translation>
    </message>
    <message>
        <location filename="../gui/finish_confirm.py" line="27"/>
        <source>No, go back</source>
        <translation>No, volver</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../gui/header.py" line="22"/>
        <source>Ketamine treatment guide</source>
        <translation>Guía del tratamiento con ketamina</translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="25"/>
        <source>Patient guide to ketamine treatment</source>
        <translation>Guía de ketamina para pacientes</translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="29"/>
        <source>Smaller text</source>
        <translation>Letra más pequeña</translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="30"/>
        <source>Smaller text (Ctrl+−)</source>
        <translation>Letra más pequeña (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="33"/>
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="34"/>
        <source>Larger text (Ctrl+=)</source>
        <translation>Letra más grande (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="41"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="43"/>
        <source>Switch to white text on black</source>
        <translation>Cambiar a letra blanca sobre fondo negro</translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="69"/>
        <source>Text size {0}%</source>
        <translation>Tamaño de letra {0} %</translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="72"/>
        <source>The text is at its smallest size.</source>
        <translation>El texto ya está en su tamaño más pequeño.</translation>
    </message>
    <message>
        <location filename="../gui/header.py" line="73"/>
        <source>The text is at its largest size.</source>
        <translation>El texto ya está en su tamaño más grande.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../gui/home_page.py" line="91"/>
        <location filename="../gui/home_page.py" line="160"/>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location filename="../gui/home_page.py" line="99"/>
        <source>Learn about your ketamine treatment</source>
        <translation>Aprenda sobre su tratamiento con ketamina</translation>
    </message>
    <message>
        <location filename="../gui/home_page.py" line="103"/>
        <source>Start with the first topic and go at your own pace. Each one takes a few minutes to read.</source>
        <translation>Empiece por el primer tema y vaya a su propio ritmo. Cada uno se lee en pocos minutos.</translation>
    </message>
    <message>
        <location filename="../gui/home_page.py" line="116"/>
        <source>Check and prepare</source>
        <translation>Repase y prepárese</translation>
    </message>
    <message>
        <location filename="../gui/home_page.py" line="133"/>
        <source>No topics are available right now. Please ask a member of staff.</source>
        <translation>No hay temas disponibles en este momento. Por favor, pregunte a alguien del personal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/home_page.py" line="188"/>
        <source>%n of {0} topics read</source>
        <translation>
            <numerusform>Ha leído %n de {0} temas</numerusform>
            <numerusform>Ha leído %n de {0} temas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../gui/idle_warning.py" line="24"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../gui/idle_warning.py" line="30"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../gui/idle_warning.py" line="70"/>
        <source>To keep your answers private, this screen will start over in {0} seconds.</source>
        <translation>Para que sus respuestas sigan siendo privadas, esta pantalla volverá a empezar en {0} segundos.</translation>
    </message>
</context>
<context>
    <name>JobWatcher</name>
    <message>
        <location filename="../gui/kiosk_print.py" line="136"/>
        <source>The printer is not taking print jobs right now. Please ask a member of staff.</source>
        <translation>La impresora no está aceptando trabajos en este momento. Por favor, pregunte a alguien del personal.</translation>
    </message>
    <message>
        <location filename="../gui/kiosk_print.py" line="137"/>
        <source>Your checklist is waiting for the printer. If nothing comes out soon, please ask a member of staff.</source>
        <translation>Su lista está esperando a la impresora. Si no sale pronto, por favor, pregunte a alguien del personal.</translation>
    </message>
    <message>
        <location filename="../gui/kiosk_print.py" line="139"/>
        <source>Your checklist is printing. Please collect it from the printer.</source>
        <translation>Su lista se está imprimiendo. Por favor, recójala en la impresora.</translation>
    </message>
    <message>
        <location filename="../gui/kiosk_print.py" line="140"/>
        <source>Your checklist has been printed. Please collect it from the printer.</source>
        <translation>Su lista ya se imprimió. Por favor, recójala en la impresora.</translation>
    </message>
    <message>
        <location filename="../gui/kiosk_print.py" line="141"/>
        <source>Your checklist is on hold at the printer. Please ask a member of staff.</source>
        <translation>Su lista está en espera en la impresora. Por favor, pregunte a alguien del personal.</translation>
    </message>
    <message>
        <location filename="../gui/kiosk_print.py" line="142"/>
        <source>The printer has stopped. Please ask a member of staff.</source>
        <translation>La impresora se detuvo. Por favor, pregunte a alguien del personal.</translation>
    </message>
    <message>
        <location filename="../gui/kiosk_print.py" line="143"/>
        <source>Your checklist was not printed. Please ask a member of staff.</source>
        <translation>Su lista no se imprimió. Por favor, pregunte a alguien del personal.</translation>
    </message>
    <message>
        <location filename="../gui/kiosk_print.py" line="144"/>
        <source>Your checklist could not be printed. Please ask a member of staff.</source>
        <translation>No se pudo imprimir su lista. Por favor, pregunte a alguien del personal.</translation>
    </message>
    <message>
        <location filename="../gui/kiosk_print.py" line="145"/>
        <source>Sent to {0}.</source>
        <translation>Se envió a {0}.</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../gui/kiosk.py" line="108"/>
        <source>I&apos;m finished</source>
        <translation>Ya terminé</translation>
    </message>
    <message>
        <location filename="../gui/kiosk.py" line="109"/>
        <source>Clear the screen for the next person</source>
        <translation>Borrar la pantalla para la siguiente persona</translation>
    </message>
</context>
<context>
    <name>KioskPrintOverlay</name>
    <message>
        <location filename="../gui/kiosk_print.py" line="42"/>
        <location filename="../gui/kiosk_print.py" line="50"/>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../gui/kiosk_print.py" line="43"/>
        <source>This is how your checklist will look.</source>
        <translation>Así se verá su lista.</translation>
    </message>
    <message>
        <location filename="../gui/kiosk_print.py" line="53"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../gui/kiosk_print.py" line="56"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../gui/kiosk_print.py" line="61"/>
        <source>No printer is set up on this computer. Please ask a member of staff.</source>
        <translation>No hay ninguna impresora instalada en esta computadora. Por favor, pregunte a alguien del personal.</translation>
    </message>
</context>
<context>
    <name>ListenBar</name>
    <message>
        <location filename="../gui/read_aloud.py" line="30"/>
        <source>slow</source>
        <translation>lenta</translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="30"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="31"/>
        <source>fast</source>
        <translation>rápida</translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="73"/>
        <location filename="../gui/read_aloud.py" line="132"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="74"/>
        <source>Read this page aloud</source>
        <translation>Leer esta página en voz alta</translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="75"/>
        <location filename="../gui/read_aloud.py" line="347"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="76"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="77"/>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="78"/>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="91"/>
        <source>Reading aloud is not available in this language on this computer.</source>
        <translation>La lectura en voz alta no está disponible en este idioma en esta computadora.</translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="129"/>
        <source>Starting the voice…</source>
        <translation>Preparando la voz…</translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="334"/>
        <source>Reading speed: {0}</source>
        <translation>Velocidad de lectura: {0}</translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="336"/>
        <source>Reading speed now: {0}</source>
        <translation>Velocidad de lectura ahora: {0}</translation>
    </message>
    <message>
        <location filename="../gui/read_aloud.py" line="347"/>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="67"/>
        <source>ketaguide – {0}</source>
        <translation>ketaguide – {0}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="89"/>
        <source>Check what you learned</source>
        <translation>Repase lo que aprendió</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="90"/>
        <source>{0} short questions. Let&apos;s check how well we explained things.</source>
        <translation>{0} preguntas cortas. Veamos si le explicamos bien las cosas.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="94"/>
        <source>Your preparation checklist</source>
        <translation>Su lista de preparación</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="95"/>
        <source>What to do before your infusion, with your own times. Tick it off or print it.</source>
        <translation>Qué hacer antes de su infusión, con sus propios horarios. Márquela o imprímala.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="96"/>
        <source>What to do before your infusion, with your own times. Tick it off, print it or save it.</source>
        <translation>Qué hacer antes de su infusión, con sus propios horarios. Márquela, imprímala o guárdela.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="364"/>
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="384"/>
        <source>Back to my summary</source>
        <translation>Volver a mi resumen</translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message numerus="yes">
        <location filename="../gui/home_page.py" line="64"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lectura</numerusform>
            <numerusform>%n min de lectura</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/home_page.py" line="70"/>
        <source>✓ Read · {0}</source>
        <translation>✓ Leído · {0}</translation>
    </message>
</context>
<context>
    <name>PagePart</name>
    <message>
        <location filename="../gui/accessibility.py" line="219"/>
        <source>Open the link</source>
        <translation>Abrir el enlace</translation>
    </message>
</context>
<context>
    <name>PagePrinting</name>
    <message>
        <location filename="../gui/page_printing.py" line="44"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location filename="../gui/page_printing.py" line="45"/>
        <source>File name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../gui/page_printing.py" line="46"/>
        <source>Files of type:</source>
        <translation>Tipo de archivo:</translation>
    </message>
    <message>
        <location filename="../gui/page_printing.py" line="47"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../gui/page_printing.py" line="48"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../gui/page_printing.py" line="86"/>
        <source>that folder is not there</source>
        <translation>esa carpeta no existe</translation>
    </message>
    <message>
        <location filename="../gui/page_printing.py" line="87"/>
        <location filename="../gui/page_printing.py" line="88"/>
        <source>this computer does not allow saving there</source>
        <translation>esta computadora no permite guardar allí</translation>
    </message>
    <message>
        <location filename="../gui/page_printing.py" line="89"/>
        <source>nothing can be saved there</source>
        <translation>allí no se puede guardar nada</translation>
    </message>
    <message>
        <location filename="../gui/page_printing.py" line="90"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location filename="../gui/page_printing.py" line="91"/>
        <source>that name belongs to a folder</source>
        <translation>ese nombre es de una carpeta</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../gui/problems.py" line="33"/>
        <source>settings problem</source>
        <translation>problema en la configuración</translation>
    </message>
    <message>
        <location filename="../gui/problems.py" line="33"/>
        <source>settings problems</source>
        <translation>problemas en la configuración</translation>
    </message>
    <message>
        <location filename="../gui/problems.py" line="35"/>
        <source>settings warning</source>
        <translation>advertencia sobre la configuración</translation>
    </message>
    <message>
        <location filename="../gui/problems.py" line="35"/>
        <source>settings warnings</source>
        <translation>advertencias sobre la configuración</translation>
    </message>
    <message>
        <location filename="../gui/problems.py" line="38"/>
        <source>problem in a content file</source>
        <translation>problema en un archivo de contenido</translation>
    </message>
    <message>
        <location filename="../gui/problems.py" line="38"/>
        <source>problems in content files</source>
        <translation>problemas en archivos de contenido</translation>
    </message>
    <message>
        <location filename="../gui/problems.py" line="41"/>
        <source>Settings to check</source>
        <translation>Configuración que hay que revisar</translation>
    </message>
    <message>
        <location filename="../gui/problems.py" line="42"/>
        <source>The settings need attention ({0}). All content loaded.</source>
        <translation>La configuración necesita atención ({0}). Todo el contenido se cargó.</translation>
    </message>
    <message>
        <location filename="../gui/problems.py" line="44"/>
        <source>Content problems</source>
        <translation>Problemas del contenido</translation>
    </message>
    <message>
        <location filename="../gui/problems.py" line="45"/>
        <source>These files need attention ({0}). Patients see every topic that loaded correctly.</source>
        <translation>Estos archivos necesitan atención ({0}). Los pacientes ven todos los temas que se cargaron bien.</translation>
    </message>
    <message>
        <location filename="../gui/problems.py" line="47"/>
        <source>Settings and content problems</source>
        <translation>Problemas de configuración y de contenido</translation>
    </message>
    <message>
        <location filename="../gui/problems.py" line="48"/>
        <source>{0} and {1}. Patients see every topic that loaded correctly.</source>
        <translation>{0} y {1}. Los pacientes ven todos los temas que se cargaron bien.</translation>
    </message>
    <message>
        <location filename="../gui/problems.py" line="49"/>
        <source>Run &quot;ketaguide check&quot; for the same list.</source>
        <translation>Ejecute &quot;ketaguide check&quot; para ver la misma lista.</translation>
    </message>
</context>
<context>
    <name>ProblemsNotice</name>
    <message>
        <location filename="../gui/problems.py" line="117"/>
        <source>Some content could not be loaded.</source>
        <translation>No se pudo cargar parte del contenido.</translation>
    </message>
    <message>
        <location filename="../gui/problems.py" line="119"/>
        <source>Details for staff</source>
        <translation>Detalles para el personal</translation>
    </message>
</context>
<context>
    <name>ProblemsOverlay</name>
    <message>
        <location filename="../gui/problems.py" line="92"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../gui/quiz_page.py" line="45"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="54"/>
        <location filename="../gui/quiz_page.py" line="197"/>
        <source>Check what you learned</source>
        <translation>Repase lo que aprendió</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="55"/>
        <source>Let&apos;s check how well we explained this</source>
        <translation>Veamos si se lo explicamos bien</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="79"/>
        <source>Check my answer</source>
        <translation>Revisar mi respuesta</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="93"/>
        <source>Read about this</source>
        <translation>Leer sobre esto</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="95"/>
        <source>Try again</source>
        <translation>Intentar otra vez</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="128"/>
        <source>Worth another look:</source>
        <translation>Vale la pena repasar:</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="132"/>
        <source>Review the ones I missed</source>
        <translation>Repasar las que no acerté</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="135"/>
        <source>Continue reading</source>
        <translation>Seguir leyendo</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="137"/>
        <source>Back to all topics</source>
        <translation>Volver a todos los temas</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="139"/>
        <source>Summary for my nurse</source>
        <translation>Resumen para mi enfermera o enfermero</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="211"/>
        <source>Question {0} of {1}</source>
        <translation>Pregunta {0} de {1}</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="213"/>
        <source>Choose all that apply.</source>
        <translation>Elija todas las que correspondan.</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="214"/>
        <source>Choose one answer.</source>
        <translation>Elija una respuesta.</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="228"/>
        <source>Choose an answer first.</source>
        <translation>Primero elija una respuesta.</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="242"/>
        <source>See how I did</source>
        <translation>Ver cómo me fue</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="242"/>
        <source>Next question</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="247"/>
        <source>That&apos;s right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="250"/>
        <source>Not quite. More than one answer is right.</source>
        <translation>No del todo. Hay más de una respuesta correcta.</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="251"/>
        <source>Not quite. Here is what to know.</source>
        <translation>No del todo. Esto es lo que debe saber.</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="293"/>
        <source>There are no questions here yet.</source>
        <translation>Todavía no hay preguntas aquí.</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="296"/>
        <source>Well done. You got every question right.</source>
        <translation>Muy bien. Acertó todas las preguntas.</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="297"/>
        <source>Thank you for checking. You know the key points.</source>
        <translation>Gracias por repasar. Usted conoce los puntos clave.</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="299"/>
        <source>Thank you for checking.</source>
        <translation>Gracias por repasar.</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="301"/>
        <source>You got {0} of {1} right on the first try. The topics below explain the others. It helps to read them again.</source>
        <translation>Acertó {0} de {1} en el primer intento. Los temas de abajo explican las demás. Le ayudará leerlos otra vez.</translation>
    </message>
    <message>
        <location filename="../gui/quiz_page.py" line="304"/>
        <source>This one was not right on the first try. The topic below explains it. It helps to read it again.</source>
        <translation>Esta no fue correcta en el primer intento. El tema de abajo la explica. Le ayudará leerlo otra vez.</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../gui/reader_page.py" line="87"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="88"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="89"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="97"/>
        <source>Go to the list of all topics</source>
        <translation>Ir a la lista de todos los temas</translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="104"/>
        <source>Check this part</source>
        <translation>Repasar esta parte</translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="106"/>
        <source>Tick my questions</source>
        <translation>Marcar mis preguntas</translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="120"/>
        <location filename="../gui/reader_page.py" line="124"/>
        <source>On this page</source>
        <translation>En esta página</translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="142"/>
        <source>Topic text</source>
        <translation>Texto del tema</translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="215"/>
        <source>Part {0} of {1}</source>
        <translation>Parte {0} de {1}</translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="232"/>
        <source>This guide does not replace advice from your own care team. Ask them about anything that applies to you.</source>
        <translation>Esta guía no reemplaza los consejos de su propio equipo de atención. Pregúnteles sobre todo lo que tenga que ver con usted.</translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="237"/>
        <source>Check this part: {0} short questions</source>
        <translation>Repasar esta parte: {0} preguntas cortas</translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="238"/>
        <source>Check this part: 1 short question</source>
        <translation>Repasar esta parte: 1 pregunta corta</translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="222"/>
        <source>Reviewed by {0} on {1}</source>
        <translation>Revisado por {0} el {1}</translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="224"/>
        <source>Reviewed by: {0}</source>
        <translation>Revisado por: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="279"/>
        <source>Back to: {0}</source>
        <translation>Volver a: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="279"/>
        <source>Back to the list of topics</source>
        <translation>Volver a la lista de temas</translation>
    </message>
    <message>
        <location filename="../gui/reader_page.py" line="282"/>
        <source>Next: {0}</source>
        <translation>Siguiente: {0}</translation>
    </message>
</context>
<context>
    <name>StaffPad</name>
    <message>
        <location filename="../gui/staff_pad.py" line="61"/>
        <source>Staff only: enter the PIN</source>
        <translation>Solo para el personal: ingrese el PIN</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="78"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="82"/>
        <source>Enter</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="85"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="102"/>
        <source>Staff menu</source>
        <translation>Menú del personal</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="105"/>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="106"/>
        <source>Print a checklist for an appointment</source>
        <translation>Imprimir una lista para una cita</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="107"/>
        <source>Teach-back summary (this session)</source>
        <translation>Resumen del repaso (esta sesión)</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="108"/>
        <source>Reload content</source>
        <translation>Volver a cargar el contenido</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="109"/>
        <source>Settings and content problems</source>
        <translation>Problemas de configuración y de contenido</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="123"/>
        <source>No staff PIN is set</source>
        <translation>No hay un PIN del personal</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="125"/>
        <source>This kiosk has no staff menu until a staff PIN is set. On the computer, run &quot;ketaguide hash-pin&quot; and put the line it prints under [kiosk] in the settings.</source>
        <translation>Este quiosco no tiene menú del personal hasta que se configure un PIN del personal. En la computadora, ejecute &quot;ketaguide hash-pin&quot; y ponga la línea que muestra debajo de [kiosk] en la configuración.</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="128"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="222"/>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="235"/>
        <source>Too many tries. Please wait {0} minutes, then try again.</source>
        <translation>Demasiados intentos. Por favor, espere {0} minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="237"/>
        <source>Too many tries. Please wait {0} seconds, then try again.</source>
        <translation>Demasiados intentos. Por favor, espere {0} segundos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="241"/>
        <source>PIN: {0} digits entered</source>
        <translation>PIN: {0} dígitos ingresados</translation>
    </message>
    <message>
        <location filename="../gui/staff_pad.py" line="113"/>
        <source>Back to the patient screen</source>
        <translation>Volver a la pantalla del paciente</translation>
    </message>
</context>
<context>
    <name>TeachBackPage</name>
    <message>
        <location filename="../gui/teachback_page.py" line="85"/>
        <location filename="../gui/teachback_page.py" line="282"/>
        <source>Summary for your care team</source>
        <translation>Resumen para su equipo de atención</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="98"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="100"/>
        <source>Back to my results</source>
        <translation>Volver a mis resultados</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="106"/>
        <source>Your summary for your care team</source>
        <translation>Su resumen para su equipo de atención</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="111"/>
        <source>Show it to your nurse, or print it. It stays on this screen only: nothing is saved.</source>
        <translation>Muéstreselo a su enfermera o enfermero, o imprímalo. Solo queda en esta pantalla: no se guarda nada.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="118"/>
        <location filename="../gui/teachback_page.py" line="256"/>
        <source>My questions</source>
        <translation>Mis preguntas</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="123"/>
        <source>Tick the questions you want to ask. They go on your summary.</source>
        <translation>Marque las preguntas que quiere hacer. Se agregan a su resumen.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="139"/>
        <source>The list of questions is not available right now.</source>
        <translation>La lista de preguntas no está disponible en este momento.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="147"/>
        <location filename="../gui/teachback_page.py" line="152"/>
        <source>First name for the printout (optional)</source>
        <translation>Nombre para la hoja impresa (opcional)</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="157"/>
        <source>Your name is printed on the page only. It is not saved.</source>
        <translation>Su nombre solo se imprime en la hoja. No se guarda.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="159"/>
        <source>Show my nurse</source>
        <translation>Mostrar al personal de enfermería</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="162"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="163"/>
        <source>Print the summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="165"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="166"/>
        <source>Save the summary as a PDF file</source>
        <translation>Guardar el resumen como archivo PDF</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="173"/>
        <source>Printing status</source>
        <translation>Estado de la impresión</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="187"/>
        <location filename="../gui/teachback_page.py" line="313"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="192"/>
        <source>For the care team</source>
        <translation>Para el equipo de atención</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="224"/>
        <source>To go over with my nurse</source>
        <translation>Para repasar con mi enfermera o enfermero</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="224"/>
        <source>I was not sure about these yet.</source>
        <translation>Todavía tengo dudas sobre estos temas.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="225"/>
        <source>We went over these</source>
        <translation>Estos temas ya los repasamos</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="226"/>
        <source>Not right on the first try, then right after reading the explanation.</source>
        <translation>No los respondí bien la primera vez, pero sí después de leer la explicación.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="227"/>
        <source>I understood these</source>
        <translation>Estos temas los entendí</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="251"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="254"/>
        <location filename="../gui/teachback_page.py" line="259"/>
        <source>No questions were answered in this session yet.</source>
        <translation>Todavía no se respondió ninguna pregunta en esta sesión.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="258"/>
        <source>Nothing to show yet</source>
        <translation>Todavía no hay nada que mostrar</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="275"/>
        <source>Your summary for your care team. No questions were answered in this session yet.</source>
        <translation>Su resumen para su equipo de atención. Todavía no se respondió ninguna pregunta en esta sesión.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="276"/>
        <source>Your summary for your care team. To go over with your nurse: {0}. Went over: {1}. Understood: {2}. Your questions: {3}.</source>
        <translation>Su resumen para su equipo de atención. Para repasar con su enfermera o enfermero: {0}. Ya repasados: {1}. Entendidos: {2}. Sus preguntas: {3}.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="313"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="357"/>
        <source>No printer is set up on this computer. You can check the page in the preview and save the summary as a PDF instead.</source>
        <translation>No hay ninguna impresora configurada en esta computadora. Puede revisar la hoja en la vista previa y, en su lugar, guardar el resumen como PDF.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="358"/>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="362"/>
        <source>The printer {0} is not taking print jobs. Please check the printer, or ask for help.</source>
        <translation>La impresora {0} no está aceptando trabajos. Por favor, revise la impresora o pida ayuda.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="364"/>
        <source>Sent to {0}.</source>
        <translation>Se envió a {0}.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="367"/>
        <source>This is how your summary will look.</source>
        <translation>Así se verá su resumen.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="371"/>
        <source>Your summary is waiting for the printer. If nothing comes out soon, please ask a member of staff.</source>
        <translation>Su resumen está esperando a la impresora. Si no sale pronto, por favor pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="373"/>
        <source>Your summary is printing. Please collect it from the printer.</source>
        <translation>Su resumen se está imprimiendo. Por favor, recójalo en la impresora.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="374"/>
        <source>Your summary has been printed. Please collect it from the printer.</source>
        <translation>Su resumen ya se imprimió. Por favor, recójalo en la impresora.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="375"/>
        <source>Your summary is on hold at the printer. Please ask a member of staff.</source>
        <translation>Su resumen está en espera en la impresora. Por favor, pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="376"/>
        <source>Your summary was not printed. Please ask a member of staff.</source>
        <translation>Su resumen no se imprimió. Por favor, pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="377"/>
        <source>Your summary could not be printed. Please ask a member of staff.</source>
        <translation>No se pudo imprimir su resumen. Por favor, pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="385"/>
        <source>teach-back-summary.pdf</source>
        <translation>resumen-de-repaso.pdf</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="386"/>
        <source>Save the summary as a PDF</source>
        <translation>Guardar el resumen como PDF</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="386"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="393"/>
        <source>The summary could not be saved: {0}</source>
        <translation>No se pudo guardar el resumen: {0}</translation>
    </message>
    <message>
        <location filename="../gui/teachback_page.py" line="361"/>
        <location filename="../gui/teachback_page.py" line="396"/>
        <source>Saved as {0}</source>
        <translation>Guardado como {0}</translation>
    </message>
</context>
</TS>
