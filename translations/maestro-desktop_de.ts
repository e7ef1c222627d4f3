<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Maestro</name>
    <message>
        <source>the template needs too much work to render (more than %1 steps); is a loop too large?</source>
        <translation>Das Template braucht zu viel Arbeit zum Rendern (mehr als %1 Schritte); ist eine Schleife zu groß?</translation>
    </message>
    <message>
        <source>%1() takes at most %2 argument(s) (%3 given)</source>
        <translation>%1() nimmt höchstens %2 Argument(e) (%3 übergeben)</translation>
    </message>
    <message>
        <source>%1() got an unexpected keyword argument &apos;%2&apos;</source>
        <translation>%1() hat ein unerwartetes Schlüsselwortargument &apos;%2&apos; erhalten</translation>
    </message>
    <message>
        <source>%1() got multiple values for argument &apos;%2&apos;</source>
        <translation>%1() hat mehrere Werte für das Argument &apos;%2&apos; erhalten</translation>
    </message>
    <message>
        <source>%1() missing required argument &apos;%2&apos;</source>
        <translation>%1(): das erforderliche Argument &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <source>slice indices must be integers or None, not &apos;%1&apos;</source>
        <translation>Slice-Indizes müssen Ganzzahlen oder None sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is undefined</source>
        <translation>&apos;%1&apos; ist nicht definiert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no attribute &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hat kein Attribut &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no item %2</source>
        <translation>&apos;%1&apos; hat kein Element %2</translation>
    </message>
    <message>
        <source>slice step cannot be zero</source>
        <translation>Die Slice-Schrittweite darf nicht null sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not subscriptable</source>
        <translation>Ein &apos;%1&apos;-Objekt ist nicht indizierbar</translation>
    </message>
    <message>
        <source>unhashable type: &apos;%1&apos;</source>
        <translation>Nicht hashbarer Typ: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the inline if expression evaluated to false and has no else part</source>
        <translation>Der Inline-if-Ausdruck ergab false und hat keinen else-Teil</translation>
    </message>
    <message>
        <source>the function &apos;%1()&apos; is not supported</source>
        <translation>Die Funktion &apos;%1()&apos; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not callable</source>
        <translation>Ein &apos;%1&apos;-Objekt ist nicht aufrufbar</translation>
    </message>
    <message>
        <source>expression nested too deeply (more than %1 levels)</source>
        <translation>Ausdruck zu tief verschachtelt (mehr als %1 Ebenen)</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>Unerwartet: %1</translation>
    </message>
    <message>
        <source>empty subscript &apos;[]&apos;</source>
        <translation>Leerer Index &apos;[]&apos;</translation>
    </message>
    <message>
        <source>&apos;*args&apos; and &apos;**kwargs&apos; arguments are not supported</source>
        <translation>&apos;*args&apos;- und &apos;**kwargs&apos;-Argumente werden nicht unterstützt</translation>
    </message>
    <message>
        <source>positional argument follows keyword argument</source>
        <translation>Positionsargument nach einem Schlüsselwortargument</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object has no attribute &apos;%2&apos;</source>
        <translation>Ein &apos;%1&apos;-Objekt hat kein Attribut &apos;%2&apos;</translation>
    </message>
    <message>
        <source>replace() count must be an integer, not &apos;%1&apos;</source>
        <translation>Die Anzahl für replace() muss eine Ganzzahl sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>int() base must be &gt;= 2 and &lt;= 36</source>
        <translation>Die Basis von int() muss &gt;= 2 und &lt;= 36 sein</translation>
    </message>
    <message>
        <source>cannot convert float %1 to integer</source>
        <translation>Die Gleitkommazahl %1 kann nicht in eine Ganzzahl umgewandelt werden</translation>
    </message>
    <message>
        <source>integer result does not fit in 64 bits</source>
        <translation>Das ganzzahlige Ergebnis passt nicht in 64 Bit</translation>
    </message>
    <message>
        <source>bad operand type for abs(): &apos;%1&apos;</source>
        <translation>Ungültiger Operandentyp für abs(): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no first item, the sequence was empty</source>
        <translation>Kein erstes Element, die Sequenz war leer</translation>
    </message>
    <message>
        <source>no last item, the sequence was empty</source>
        <translation>Kein letztes Element, die Sequenz war leer</translation>
    </message>
    <message>
        <source>can only get item pairs from a mapping, not &apos;%1&apos;</source>
        <translation>Elementpaare gibt es nur von einem Mapping, nicht von &apos;%1&apos;</translation>
    </message>
    <message>
        <source>format() with keyword arguments is not supported</source>
        <translation>format() mit Schlüsselwortargumenten wird nicht unterstützt</translation>
    </message>
    <message>
        <source>no filter named &apos;%1&apos;</source>
        <translation>Kein Filter namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>range() takes no keyword arguments</source>
        <translation>range() nimmt keine Schlüsselwortargumente</translation>
    </message>
    <message>
        <source>range expected 1 to 3 arguments, got %1</source>
        <translation>range erwartet 1 bis 3 Argumente, erhielt %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object cannot be interpreted as an integer</source>
        <translation>Ein &apos;%1&apos;-Objekt kann nicht als Ganzzahl interpretiert werden</translation>
    </message>
    <message>
        <source>range() arg 3 must not be zero</source>
        <translation>Argument 3 von range() darf nicht null sein</translation>
    </message>
    <message>
        <source>range() would have %1 items, more than the limit of %2</source>
        <translation>range() hätte %1 Elemente, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>%1() takes at most 1 positional argument</source>
        <translation>%1() nimmt höchstens 1 Positionsargument</translation>
    </message>
    <message>
        <source>%1() needs a dict as its positional argument, not &apos;%2&apos;</source>
        <translation>%1() braucht ein dict als Positionsargument, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>there is no previous item</source>
        <translation>Es gibt kein vorheriges Element</translation>
    </message>
    <message>
        <source>there is no next item</source>
        <translation>Es gibt kein nächstes Element</translation>
    </message>
    <message>
        <source>cannot unpack non-iterable %1 object</source>
        <translation>Ein nicht iterierbares %1-Objekt kann nicht entpackt werden</translation>
    </message>
    <message>
        <source>too many values to unpack (expected %1)</source>
        <translation>Zu viele Werte zum Entpacken (erwartet: %1)</translation>
    </message>
    <message>
        <source>not enough values to unpack (expected %1, got %2)</source>
        <translation>Nicht genug Werte zum Entpacken (erwartet: %1, erhalten: %2)</translation>
    </message>
    <message>
        <source>cannot assign attribute &apos;%1&apos; on &apos;%2&apos;: it is not a namespace() object</source>
        <translation>Das Attribut &apos;%1&apos; kann auf &apos;%2&apos; nicht gesetzt werden: es ist kein namespace()-Objekt</translation>
    </message>
    <message>
        <source>an include needs a template name (a string), not &apos;%1&apos;</source>
        <translation>Ein include braucht einen Template-Namen (eine Zeichenkette), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an include needs at least one template name</source>
        <translation>Ein include braucht mindestens einen Template-Namen</translation>
    </message>
    <message>
        <source>include cycle: %1</source>
        <translation>include-Zyklus: %1</translation>
    </message>
    <message>
        <source>includes nested too deeply (more than %1 levels)</source>
        <translation>includes zu tief verschachtelt (mehr als %1 Ebenen)</translation>
    </message>
    <message>
        <source>missing end of comment tag &apos;#}&apos;</source>
        <translation>Das Ende des Kommentar-Tags &apos;#}&apos; fehlt</translation>
    </message>
    <message>
        <source>missing &apos;{% endraw %}&apos; for this raw block</source>
        <translation>Für diesen raw-Block fehlt &apos;{% endraw %}&apos;</translation>
    </message>
    <message>
        <source>unexpected end of template: missing &apos;%}&apos;</source>
        <translation>Unerwartetes Ende des Templates: &apos;%}&apos; fehlt</translation>
    </message>
    <message>
        <source>unexpected end of template: missing &apos;}}&apos;</source>
        <translation>Unerwartetes Ende des Templates: &apos;}}&apos; fehlt</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>Unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>Unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;, expected &apos;%2&apos;</source>
        <translation>Unerwartetes &apos;%1&apos;, erwartet wurde &apos;%2&apos;</translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation>Die Zahl %1 liegt außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>truncated \%1 escape in string</source>
        <translation>Abgeschnittene \%1-Escape-Sequenz in der Zeichenkette</translation>
    </message>
    <message>
        <source>invalid \%1 escape in string</source>
        <translation>Ungültige \%1-Escape-Sequenz in der Zeichenkette</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>Nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; not found in %2</source>
        <translation>Template &apos;%1&apos; nicht gefunden in %2</translation>
    </message>
    <message>
        <source>the current directory</source>
        <translation>dem aktuellen Verzeichnis</translation>
    </message>
    <message>
        <source>included file &apos;%1&apos; is larger than %2 bytes</source>
        <translation>Die eingebundene Datei &apos;%1&apos; ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>cannot read included file &apos;%1&apos;: %2</source>
        <translation>Die eingebundene Datei &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>included file &apos;%1&apos; is not valid UTF-8</source>
        <translation>Die eingebundene Datei &apos;%1&apos; ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object has no supported method &apos;%2&apos;</source>
        <translation>Ein &apos;%1&apos;-Objekt hat keine unterstützte Methode &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 first arg must be str or a tuple of str, not %2</source>
        <translation>Das erste Argument von %1 muss str oder ein Tupel von str sein, nicht %2</translation>
    </message>
    <message>
        <source>replace() arguments must be str</source>
        <translation>Die Argumente von replace() müssen str sein</translation>
    </message>
    <message>
        <source>sequence item: expected str instance, %1 found</source>
        <translation>Sequenzelement: str-Instanz erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>must be str, not %1</source>
        <translation>Muss str sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 is not in list</source>
        <translation>%1 ist nicht in der Liste</translation>
    </message>
    <message>
        <source>pop from empty list</source>
        <translation>pop aus einer leeren Liste</translation>
    </message>
    <message>
        <source>pop index out of range</source>
        <translation>pop-Index außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>key %1 not found</source>
        <translation>Schlüssel %1 nicht gefunden</translation>
    </message>
    <message>
        <source>update expected at most 1 argument, got %1</source>
        <translation>update erwartet höchstens 1 Argument, erhielt %1</translation>
    </message>
    <message>
        <source>dict.update() needs a dict, not &apos;%1&apos;</source>
        <translation>dict.update() braucht ein dict, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unsupported operand type(s) for %1: &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>Nicht unterstützte Operandentypen für %1: &apos;%2&apos; und &apos;%3&apos;</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <source>0.0 cannot be raised to a negative power</source>
        <translation>0.0 kann nicht mit einem negativen Exponenten potenziert werden</translation>
    </message>
    <message>
        <source>negative number cannot be raised to a fractional power</source>
        <translation>Eine negative Zahl kann nicht mit einem gebrochenen Exponenten potenziert werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; not supported between instances of &apos;%2&apos; and &apos;%3&apos;</source>
        <translation>&apos;%1&apos; wird zwischen Instanzen von &apos;%2&apos; und &apos;%3&apos; nicht unterstützt</translation>
    </message>
    <message>
        <source>a value is undefined</source>
        <translation>Ein Wert ist nicht definiert</translation>
    </message>
    <message>
        <source>the result would be larger than %1 characters or items</source>
        <translation>Das Ergebnis wäre größer als %1 Zeichen oder Elemente</translation>
    </message>
    <message>
        <source>a list or dict would have more than %1 items</source>
        <translation>Eine Liste oder ein dict hätte mehr als %1 Elemente</translation>
    </message>
    <message>
        <source>bad operand type for unary %1: &apos;%2&apos;</source>
        <translation>Ungültiger Operandentyp für unäres %1: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;in &lt;string&gt;&apos; requires string as left operand, not %1</source>
        <translation>&apos;in &lt;string&gt;&apos; braucht eine Zeichenkette als linken Operanden, nicht %1</translation>
    </message>
    <message>
        <source>argument of type &apos;%1&apos; is not iterable</source>
        <translation>Ein Argument vom Typ &apos;%1&apos; ist nicht iterierbar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not iterable</source>
        <translation>Ein &apos;%1&apos;-Objekt ist nicht iterierbar</translation>
    </message>
    <message>
        <source>object of type &apos;%1&apos; has no len()</source>
        <translation>Ein Objekt vom Typ &apos;%1&apos; hat kein len()</translation>
    </message>
    <message>
        <source>the rendered text is larger than %1 characters</source>
        <translation>Der gerenderte Text ist größer als %1 Zeichen</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>unexpected %1, expected &apos;}}&apos;</source>
        <translation>Unerwartet: %1, erwartet wurde &apos;}}&apos;</translation>
    </message>
    <message>
        <source>unexpected end of template: the &apos;%1&apos; block opened at line %2, column %3 needs %4</source>
        <translation>Unerwartetes Ende des Templates: der &apos;%1&apos;-Block aus Zeile %2, Spalte %3 braucht %4</translation>
    </message>
    <message>
        <source>expected a tag name after &apos;{%&apos;</source>
        <translation>Nach &apos;{%&apos; wird ein Tag-Name erwartet</translation>
    </message>
    <message>
        <source>blocks nested too deeply (more than %1 levels)</source>
        <translation>Blöcke zu tief verschachtelt (mehr als %1 Ebenen)</translation>
    </message>
    <message>
        <source>the &apos;{% %1 %}&apos; tag is not supported (supported tags: if, for, set, with, include, raw)</source>
        <translation>Das Tag &apos;{% %1 %}&apos; wird nicht unterstützt (unterstützte Tags: if, for, set, with, include, raw)</translation>
    </message>
    <message>
        <source>unexpected tag &apos;%1&apos;</source>
        <translation>Unerwartetes Tag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected tag &apos;%1&apos;: the innermost open block is &apos;%2&apos; (line %3, column %4), which needs %5</source>
        <translation>Unerwartetes Tag &apos;%1&apos;: der innerste offene Block ist &apos;%2&apos; (Zeile %3, Spalte %4) und braucht %5</translation>
    </message>
    <message>
        <source>unknown tag &apos;%1&apos;</source>
        <translation>Unbekanntes Tag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected %1, expected the end of the tag &apos;%}&apos;</source>
        <translation>Unerwartet: %1, erwartet wurde das Ende des Tags &apos;%}&apos;</translation>
    </message>
    <message>
        <source>cannot assign to %1, expected a variable name</source>
        <translation>Zuweisung an %1 nicht möglich, erwartet wurde ein Variablenname</translation>
    </message>
    <message>
        <source>unexpected %1, expected &apos;)&apos;</source>
        <translation>Unerwartet: %1, erwartet wurde &apos;)&apos;</translation>
    </message>
    <message>
        <source>unexpected %1, expected &apos;in&apos;</source>
        <translation>Unerwartet: %1, erwartet wurde &apos;in&apos;</translation>
    </message>
    <message>
        <source>recursive loops are not supported</source>
        <translation>Rekursive Schleifen werden nicht unterstützt</translation>
    </message>
    <message>
        <source>unexpected %1, expected &apos;=&apos;</source>
        <translation>Unerwartet: %1, erwartet wurde &apos;=&apos;</translation>
    </message>
    <message>
        <source>unexpected %1, expected &apos;,&apos;</source>
        <translation>Unerwartet: %1, erwartet wurde &apos;,&apos;</translation>
    </message>
    <message>
        <source>unexpected %1, expected a variable name</source>
        <translation>Unerwartet: %1, erwartet wurde ein Variablenname</translation>
    </message>
    <message>
        <source>width or precision too large in format string</source>
        <translation>Breite oder Genauigkeit in der Formatzeichenkette zu groß</translation>
    </message>
    <message>
        <source>format specifier missing precision</source>
        <translation>Der Formatangabe fehlt die Genauigkeit</translation>
    </message>
    <message>
        <source>invalid or unsupported format specifier &apos;%1&apos;</source>
        <translation>Ungültige oder nicht unterstützte Formatangabe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown format code &apos;%1&apos; for object of type &apos;float&apos;</source>
        <translation>Unbekannter Formatcode &apos;%1&apos; für ein Objekt vom Typ &apos;float&apos;</translation>
    </message>
    <message>
        <source>%c arg not in range(0x110000)</source>
        <translation>Das %c-Argument liegt nicht in range(0x110000)</translation>
    </message>
    <message>
        <source>unknown format code &apos;s&apos; for object of type &apos;%1&apos;</source>
        <translation>Unbekannter Formatcode &apos;s&apos; für ein Objekt vom Typ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown format code &apos;%1&apos; for object of type &apos;%2&apos;</source>
        <translation>Unbekannter Formatcode &apos;%1&apos; für ein Objekt vom Typ &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown format code &apos;%1&apos;</source>
        <translation>Unbekannter Formatcode &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown conversion specifier %1</source>
        <translation>Unbekannte Konvertierungsangabe %1</translation>
    </message>
    <message>
        <source>single &apos;}&apos; encountered in format string</source>
        <translation>Einzelnes &apos;}&apos; in der Formatzeichenkette</translation>
    </message>
    <message>
        <source>single &apos;{&apos; encountered in format string</source>
        <translation>Einzelnes &apos;{&apos; in der Formatzeichenkette</translation>
    </message>
    <message>
        <source>nested replacement fields are not supported in format strings</source>
        <translation>Verschachtelte Ersetzungsfelder werden in Formatzeichenketten nicht unterstützt</translation>
    </message>
    <message>
        <source>end of string while looking for conversion specifier</source>
        <translation>Ende der Zeichenkette bei der Suche nach der Konvertierungsangabe</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after conversion specifier</source>
        <translation>Nach der Konvertierungsangabe wird &apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>cannot switch from manual field specification to automatic field numbering</source>
        <translation>Wechsel von manueller Feldangabe zu automatischer Feldnummerierung nicht möglich</translation>
    </message>
    <message>
        <source>cannot switch from automatic field numbering to manual field specification</source>
        <translation>Wechsel von automatischer Feldnummerierung zu manueller Feldangabe nicht möglich</translation>
    </message>
    <message>
        <source>unsupported format field &apos;{%1}&apos;</source>
        <translation>Nicht unterstütztes Formatfeld &apos;{%1}&apos;</translation>
    </message>
    <message>
        <source>replacement index %1 out of range for positional args tuple</source>
        <translation>Ersetzungsindex %1 liegt außerhalb des Tupels der Positionsargumente</translation>
    </message>
    <message>
        <source>format string refers to the missing argument &apos;%1&apos;</source>
        <translation>Die Formatzeichenkette verweist auf das fehlende Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>incomplete format</source>
        <translation>Unvollständiges Format</translation>
    </message>
    <message>
        <source>incomplete format key</source>
        <translation>Unvollständiger Formatschlüssel</translation>
    </message>
    <message>
        <source>format requires a mapping</source>
        <translation>Das Format braucht ein Mapping</translation>
    </message>
    <message>
        <source>format key &apos;%1&apos; not found</source>
        <translation>Formatschlüssel &apos;%1&apos; nicht gefunden</translation>
    </message>
    <message>
        <source>not enough arguments for format string</source>
        <translation>Nicht genug Argumente für die Formatzeichenkette</translation>
    </message>
    <message>
        <source>%%%1 format: a real number is required, not %2</source>
        <translation>%%%1-Format: eine reelle Zahl ist erforderlich, nicht %2</translation>
    </message>
    <message>
        <source>cannot convert float infinity or NaN to integer</source>
        <translation>Unendlich oder NaN kann nicht in eine Ganzzahl umgewandelt werden</translation>
    </message>
    <message>
        <source>unsupported format character &apos;%1&apos;</source>
        <translation>Nicht unterstütztes Formatzeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not all arguments converted during string formatting</source>
        <translation>Beim Formatieren der Zeichenkette wurden nicht alle Argumente umgewandelt</translation>
    </message>
    <message>
        <source>divisibleby needs an integer, not &apos;%1&apos;</source>
        <translation>divisibleby braucht eine Ganzzahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no test named &apos;%1&apos;</source>
        <translation>Kein Test namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be str or None, not %1</source>
        <translation>Muss str oder None sein, nicht %1</translation>
    </message>
    <message>
        <source>empty separator</source>
        <translation>Leeres Trennzeichen</translation>
    </message>
    <message>
        <source>skipped: an earlier step failed</source>
        <translation>übersprungen: ein früherer Schritt ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the ship has no endpoint (host name or address)</source>
        <translation>das Schiff hat keinen Endpunkt (Hostname oder Adresse)</translation>
    </message>
    <message>
        <source>looking up %1 timed out after %2 s</source>
        <translation>die Namensauflösung von %1 hat nach %2 s das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1, certificate of %2 issued by %3</source>
        <translation>%1, Zertifikat von %2, ausgestellt von %3</translation>
    </message>
    <message>
        <source>SSH login to %1 did not finish within %2 s</source>
        <translation>die SSH-Anmeldung bei %1 wurde nicht innerhalb von %2 s abgeschlossen</translation>
    </message>
    <message>
        <source>logged in as %1 on %2; forwarding to %3 works</source>
        <translation>angemeldet als %1 auf %2; die Weiterleitung zu %3 funktioniert</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 through the SSH tunnel did not finish within %2 s</source>
        <translation>der TLS-Handshake mit %1 durch den SSH-Tunnel wurde nicht innerhalb von %2 s abgeschlossen</translation>
    </message>
    <message>
        <source>ship &apos;%1&apos; (%2): the daemon did not answer GET /version within %3 s</source>
        <translation>Schiff &apos;%1&apos; (%2): der Daemon hat GET /version nicht innerhalb von %3 s beantwortet</translation>
    </message>
    <message>
        <source>Docker %1, API %2 (oldest supported %3)</source>
        <translation>Docker %1, API %2 (älteste unterstützte %3)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>cannot run the credential helper %1</source>
        <translation>der Credential-Helper %1 kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>the credential helper %1 did not answer</source>
        <translation>der Credential-Helper %1 hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the credential helper %1 found no credentials for %2</source>
        <translation>der Credential-Helper %1 hat keine Zugangsdaten für %2 gefunden</translation>
    </message>
    <message>
        <source>cancelled: the Docker client was shut down</source>
        <translation>abgebrochen: der Docker-Client wurde beendet</translation>
    </message>
    <message>
        <source>the daemon sent malformed JSON: %1</source>
        <translation>der Daemon hat fehlerhaftes JSON gesendet: %1</translation>
    </message>
    <message>
        <source>the daemon returned no container ID</source>
        <translation>der Daemon hat keine Container-ID geliefert</translation>
    </message>
    <message>
        <source>oversized wait response</source>
        <translation>übergroße Antwort auf wait</translation>
    </message>
    <message>
        <source>the daemon&apos;s wait response has no StatusCode</source>
        <translation>die wait-Antwort des Daemons hat keinen StatusCode</translation>
    </message>
    <message>
        <source>the daemon returned no exec ID</source>
        <translation>der Daemon hat keine Exec-ID geliefert</translation>
    </message>
    <message>
        <source>Pull of image %1 failed: %2</source>
        <translation>Herunterladen des Images %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cancelled: the client was shut down</source>
        <translation>abgebrochen: der Client wurde beendet</translation>
    </message>
    <message>
        <source>ship &apos;%1&apos; (%2): %3: %4</source>
        <translation>Schiff &apos;%1&apos; (%2): %3: %4</translation>
    </message>
    <message>
        <source>Missing SSH user for ship %1 tunnel configuration</source>
        <translation>In der Tunnel-Konfiguration von Schiff %1 fehlt der SSH-Benutzer</translation>
    </message>
    <message>
        <source>the daemon reported no usable ApiVersion</source>
        <translation>der Daemon hat keine verwendbare ApiVersion gemeldet</translation>
    </message>
    <message>
        <source>%1 (while negotiating the API version)</source>
        <translation>%1 (beim Aushandeln der API-Version)</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>Zeitlimit nach %1 s überschritten</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>connection closed while opening</source>
        <translation>Verbindung beim Öffnen geschlossen</translation>
    </message>
    <message>
        <source>malformed HTTP response: line longer than %1 bytes</source>
        <translation>fehlerhafte HTTP-Antwort: Zeile länger als %1 Bytes</translation>
    </message>
    <message>
        <source>malformed HTTP response: headers larger than %1 bytes</source>
        <translation>fehlerhafte HTTP-Antwort: Header größer als %1 Bytes</translation>
    </message>
    <message>
        <source>malformed HTTP response: chunk not followed by CRLF</source>
        <translation>fehlerhafte HTTP-Antwort: auf den Chunk folgt kein CRLF</translation>
    </message>
    <message>
        <source>malformed HTTP response: bad status line</source>
        <translation>fehlerhafte HTTP-Antwort: ungültige Statuszeile</translation>
    </message>
    <message>
        <source>malformed HTTP response: unsupported HTTP version</source>
        <translation>fehlerhafte HTTP-Antwort: nicht unterstützte HTTP-Version</translation>
    </message>
    <message>
        <source>malformed HTTP response: bad status code</source>
        <translation>fehlerhafte HTTP-Antwort: ungültiger Statuscode</translation>
    </message>
    <message>
        <source>malformed HTTP response: bad header line</source>
        <translation>fehlerhafte HTTP-Antwort: ungültige Headerzeile</translation>
    </message>
    <message>
        <source>malformed HTTP response: bad Content-Length</source>
        <translation>fehlerhafte HTTP-Antwort: ungültige Content-Length</translation>
    </message>
    <message>
        <source>malformed HTTP response: chunk size too large</source>
        <translation>fehlerhafte HTTP-Antwort: Chunk-Größe zu groß</translation>
    </message>
    <message>
        <source>malformed HTTP response: bad chunk size</source>
        <translation>fehlerhafte HTTP-Antwort: ungültige Chunk-Größe</translation>
    </message>
    <message>
        <source>connection closed in the middle of the response body</source>
        <translation>Verbindung mitten im Antwortinhalt geschlossen</translation>
    </message>
    <message>
        <source>connection closed before a complete response arrived</source>
        <translation>Verbindung geschlossen, bevor eine vollständige Antwort ankam</translation>
    </message>
    <message>
        <source>invalid image reference &apos;%1&apos;: %2</source>
        <translation>ungültige Image-Referenz &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <source>bad digest</source>
        <translation>ungültiger Digest</translation>
    </message>
    <message>
        <source>bad tag</source>
        <translation>ungültiges Tag</translation>
    </message>
    <message>
        <source>bad registry name</source>
        <translation>ungültiger Registry-Name</translation>
    </message>
    <message>
        <source>no repository name</source>
        <translation>kein Repository-Name</translation>
    </message>
    <message>
        <source>bad repository name component &apos;%1&apos;</source>
        <translation>ungültiger Bestandteil &apos;%1&apos; im Repository-Namen</translation>
    </message>
    <message>
        <source>malformed JSON stream: expected an object</source>
        <translation>fehlerhafter JSON-Datenstrom: ein Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>malformed JSON stream: %1</source>
        <translation>fehlerhafter JSON-Datenstrom: %1</translation>
    </message>
    <message>
        <source>malformed JSON stream: object larger than %1 bytes</source>
        <translation>fehlerhafter JSON-Datenstrom: Objekt größer als %1 Bytes</translation>
    </message>
    <message>
        <source>JSON stream ended in the middle of an object</source>
        <translation>der JSON-Datenstrom endete mitten in einem Objekt</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot connect: no socket at %1 (is the daemon running?)</source>
        <translation>keine Verbindung: kein Socket unter %1 (läuft der Daemon?)</translation>
    </message>
    <message>
        <source>cannot connect: connection refused at %1</source>
        <translation>keine Verbindung: Verbindung abgelehnt unter %1</translation>
    </message>
    <message>
        <source>cannot connect: permission denied on %1 (docker group?)</source>
        <translation>keine Verbindung: Zugriff verweigert auf %1 (Gruppe docker?)</translation>
    </message>
    <message>
        <source>socket operation timed out</source>
        <translation>Zeitlimit der Socket-Operation überschritten</translation>
    </message>
    <message>
        <source>malformed multiplexed output stream</source>
        <translation>fehlerhafter gemultiplexter Ausgabestrom</translation>
    </message>
    <message>
        <source>output stream ended in the middle of a frame</source>
        <translation>der Ausgabestrom endete mitten in einem Frame</translation>
    </message>
    <message>
        <source>(no host key)</source>
        <translation>(kein Host-Schlüssel)</translation>
    </message>
    <message>
        <source>Passphrase for the SSH key %1:</source>
        <translation>Passphrase für den SSH-Schlüssel %1:</translation>
    </message>
    <message>
        <source>SSH connection to %1 lost</source>
        <translation>SSH-Verbindung zu %1 verloren</translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation>es kann keine SSH-Sitzung angelegt werden</translation>
    </message>
    <message>
        <source>SSH connection to %1 timed out after %2 s</source>
        <translation>die SSH-Verbindung zu %1 hat nach %2 s das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>cannot connect to SSH server %1: %2</source>
        <translation>keine Verbindung zum SSH-Server %1: %2</translation>
    </message>
    <message>
        <source>cannot record the host key of %1: %2</source>
        <translation>der Host-Schlüssel von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the SSH host key of %1 is unknown (%2); not trusted. Trust it to connect.</source>
        <translation>der SSH-Host-Schlüssel von %1 ist unbekannt (%2) und wird nicht vertraut. Vertrauen Sie ihm, um zu verbinden.</translation>
    </message>
    <message>
        <source>the SSH host key of %1 has CHANGED (now %2); refusing to connect: someone may be intercepting the connection, or the host was reinstalled. Remove the old key from known_hosts if you trust the new one.</source>
        <translation>der SSH-Host-Schlüssel von %1 hat sich GEÄNDERT (jetzt %2); Verbindung abgelehnt: jemand könnte die Verbindung abfangen, oder der Host wurde neu installiert. Entfernen Sie den alten Schlüssel aus known_hosts, wenn Sie dem neuen vertrauen.</translation>
    </message>
    <message>
        <source>cannot check the SSH host key of %1: %2</source>
        <translation>der SSH-Host-Schlüssel von %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>the key is protected by a passphrase and none was given</source>
        <translation>der Schlüssel ist durch eine Passphrase geschützt, aber es wurde keine angegeben</translation>
    </message>
    <message>
        <source>wrong passphrase, or not a private key</source>
        <translation>falsche Passphrase oder kein privater Schlüssel</translation>
    </message>
    <message>
        <source>not a readable OpenSSH or PEM private key</source>
        <translation>kein lesbarer privater OpenSSH- oder PEM-Schlüssel</translation>
    </message>
    <message>
        <source>cannot load the SSH key %1: %2</source>
        <translation>der SSH-Schlüssel %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>SSH authentication as %1 on %2 with the key %3 was refused</source>
        <translation>die SSH-Authentifizierung als %1 auf %2 mit dem Schlüssel %3 wurde abgelehnt</translation>
    </message>
    <message>
        <source>SSH authentication as %1 on %2 through ssh-agent failed: %3</source>
        <translation>die SSH-Authentifizierung als %1 auf %2 über ssh-agent ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>cannot create an SSH channel: %1</source>
        <translation>es kann kein SSH-Kanal angelegt werden: %1</translation>
    </message>
    <message>
        <source>SSH connection to %1 lost: %2</source>
        <translation>SSH-Verbindung zu %1 verloren: %2</translation>
    </message>
    <message>
        <source>the SSH server %1 refused to forward to the daemon: %2</source>
        <translation>der SSH-Server %1 hat die Weiterleitung zum Daemon abgelehnt: %2</translation>
    </message>
    <message>
        <source>SSH channel write failed: %1</source>
        <translation>Schreiben in den SSH-Kanal fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>SSH channel error: %1</source>
        <translation>Fehler im SSH-Kanal: %1</translation>
    </message>
    <message>
        <source>the tunnel closed before the TLS handshake</source>
        <translation>der Tunnel wurde vor dem TLS-Handshake geschlossen</translation>
    </message>
    <message>
        <source>cannot create a socket pair for TLS: %1</source>
        <translation>es kann kein Socket-Paar für TLS angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot set up the TLS socket pair</source>
        <translation>das TLS-Socket-Paar kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <source>TLS handshake with %1 through the SSH tunnel failed: %2</source>
        <translation>TLS-Handshake mit %1 durch den SSH-Tunnel fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>ship &apos;%1&apos; (%2): %3</source>
        <translation>Schiff &apos;%1&apos; (%2): %3</translation>
    </message>
    <message>
        <source>cannot read the %1 file %2: %3</source>
        <translation>die Datei %2 (%1) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>unsupported ssl_version %1</source>
        <translation>nicht unterstützte ssl_version %1</translation>
    </message>
    <message>
        <source>tls needs both tls_cert and tls_key</source>
        <translation>tls braucht sowohl tls_cert als auch tls_key</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>TLS key</source>
        <translation>TLS-Schlüssel</translation>
    </message>
    <message>
        <source>the TLS certificate %1 is not a PEM certificate</source>
        <translation>das TLS-Zertifikat %1 ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the TLS key %1 is not a PEM RSA or EC private key</source>
        <translation>der TLS-Schlüssel %1 ist kein privater PEM-RSA- oder -EC-Schlüssel</translation>
    </message>
    <message>
        <source>TLS CA certificate</source>
        <translation>TLS-CA-Zertifikat</translation>
    </message>
    <message>
        <source>the TLS CA file %1 holds no PEM certificate</source>
        <translation>die TLS-CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>auditor type %1 is not supported; it is ignored</source>
        <translation>der Auditor-Typ %1 wird nicht unterstützt und ignoriert</translation>
    </message>
    <message>
        <source>%1 auditor: %2</source>
        <translation>Auditor %1: %2</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>no HTTP response</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>the response does not match %1</source>
        <translation>die Antwort passt nicht zu %1</translation>
    </message>
    <message>
        <source>empty command</source>
        <translation>leerer Befehl</translation>
    </message>
    <message>
        <source>still running after %1 ms</source>
        <translation>läuft nach %1 ms noch</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>no client</source>
        <translation>kein Client</translation>
    </message>
    <message>
        <source>unknown check type</source>
        <translation>unbekannter Prüfungstyp</translation>
    </message>
    <message>
        <source>the container exited with status %1</source>
        <translation>der Container wurde mit Status %1 beendet</translation>
    </message>
    <message>
        <source>%1 is neither a service nor a container!</source>
        <translation>%1 ist weder ein Dienst noch ein Container!</translation>
    </message>
    <message>
        <source>%1 is not a plan command</source>
        <translation>%1 ist kein Planbefehl</translation>
    </message>
    <message>
        <source>checking...</source>
        <translation>prüfe...</translation>
    </message>
    <message>
        <source>host down</source>
        <translation>Host offline</translation>
    </message>
    <message>
        <source>down</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>comparing configuration...</source>
        <translation>vergleiche Konfiguration...</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>pulling image %1...</source>
        <translation>lade Image %1 herunter...</translation>
    </message>
    <message>
        <source> got %1; retrying in 1s</source>
        <translation> erhielt %1; neuer Versuch in 1 s</translation>
    </message>
    <message>
        <source>error starting container!</source>
        <translation>Fehler beim Starten des Containers!</translation>
    </message>
    <message>
        <source>checking service...</source>
        <translation>prüfe Dienst...</translation>
    </message>
    <message>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>is already running</source>
        <translation>läuft bereits</translation>
    </message>
    <message>
        <source>failed pre-start lifecycle checks: %1</source>
        <translation>pre-start-Lebenszyklus-Prüfungen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>removing container %1...</source>
        <translation>entferne Container %1...</translation>
    </message>
    <message>
        <source>creating container from %1...</source>
        <translation>erstelle Container aus %1...</translation>
    </message>
    <message>
        <source>starting container %1...</source>
        <translation>starte Container %1...</translation>
    </message>
    <message>
        <source>waiting for initialization...</source>
        <translation>warte auf Initialisierung...</translation>
    </message>
    <message>
        <source>container did not start!</source>
        <translation>Container ist nicht gestartet!</translation>
    </message>
    <message>
        <source>Container status could not be obtained after start!</source>
        <translation>Der Container-Status konnte nach dem Start nicht ermittelt werden!</translation>
    </message>
    <message>
        <source>waiting for service...</source>
        <translation>warte auf Dienst...</translation>
    </message>
    <message>
        <source>is no longer running</source>
        <translation>läuft nicht mehr</translation>
    </message>
    <message>
        <source>Halting start sequence because %1 (on %2) failed to start! %3%4</source>
        <translation>Startsequenz angehalten, weil %1 (auf %2) nicht starten konnte! %3%4</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>checking container...</source>
        <translation>prüfe Container...</translation>
    </message>
    <message>
        <source>is still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>failed pre-stop lifecycle checks</source>
        <translation>pre-stop-Lebenszyklus-Prüfungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>killing the service...</source>
        <translation>beende den Dienst hart...</translation>
    </message>
    <message>
        <source>stopping service...</source>
        <translation>stoppe Dienst...</translation>
    </message>
    <message>
        <source>failed killed lifecycle checks</source>
        <translation>killed-Lebenszyklus-Prüfungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed stopped lifecycle checks</source>
        <translation>stopped-Lebenszyklus-Prüfungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>hart beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>checking image...</source>
        <translation>prüfe Image...</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>configuration changed: %1</source>
        <translation>Konfiguration geändert: %1</translation>
    </message>
    <message>
        <source>waiting %1s before starting...</source>
        <translation>warte %1 s vor dem Start...</translation>
    </message>
    <message>
        <source>cancelled by user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: configured %2, container has %3</source>
        <translation>%1: konfiguriert %2, der Container hat %3</translation>
    </message>
    <message>
        <source>audit script %1: %2</source>
        <translation>Audit-Skript %1: %2</translation>
    </message>
    <message>
        <source>audit script %1 did not end</source>
        <translation>das Audit-Skript %1 wurde nicht beendet</translation>
    </message>
    <message>
        <source>audit script %1 failed with status %2</source>
        <translation>das Audit-Skript %1 ist mit Status %2 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%1 lifecycle check %2 of %3 failed after %n attempt(s) in %4 s: %5</source>
        <translation>
            <numerusform>%1-Lebenszyklus-Prüfung %2 von %3 ist nach %n Versuch in %4 s fehlgeschlagen: %5</numerusform>
            <numerusform>%1-Lebenszyklus-Prüfung %2 von %3 ist nach %n Versuchen in %4 s fehlgeschlagen: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 during the %3 lifecycle checks</source>
        <translation>%1 %2 während der %3-Lebenszyklus-Prüfungen</translation>
    </message>
    <message>
        <source>waiting for %1 (%2, attempt %3)...</source>
        <translation>warte auf %1 (%2, Versuch %3)...</translation>
    </message>
    <message>
        <source>max_wait is 0</source>
        <translation>max_wait ist 0</translation>
    </message>
    <message>
        <source>audit log %1: %2</source>
        <translation>Audit-Protokoll %1: %2</translation>
    </message>
    <message>
        <source>the event stream was cancelled</source>
        <translation>der Ereignisstrom wurde abgebrochen</translation>
    </message>
    <message>
        <source>No services or containers specified for %1, and --all not set.</source>
        <translation>Keine Dienste oder Container für %1 angegeben, und --all ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>logging in to %1...</source>
        <translation>melde bei %1 an...</translation>
    </message>
    <message>
        <source>Login to %1 as %2 failed: %3</source>
        <translation>Anmeldung bei %1 als %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 done (%2)</source>
        <translation>%1 erledigt (%2)</translation>
    </message>
    <message>
        <source>%1 failed (%2)</source>
        <translation>%1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1 did not run (%2)</source>
        <translation>%1 nicht ausgeführt (%2)</translation>
    </message>
    <message>
        <source>unknown ship %1</source>
        <translation>unbekanntes Schiff %1</translation>
    </message>
    <message>
        <source>host down: %1</source>
        <translation>Host offline: %1</translation>
    </message>
    <message>
        <source>Missing webhook endpoint!</source>
        <translation>Webhook-Endpunkt fehlt!</translation>
    </message>
    <message>
        <source>Invalid HTTP method %1!</source>
        <translation>Ungültige HTTP-Methode %1!</translation>
    </message>
    <message>
        <source>webhook %1: no answer within %2 ms</source>
        <translation>Webhook %1: keine Antwort innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>webhook %1 failed: %2</source>
        <translation>Webhook %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source> for %1s</source>
        <translation> seit %1 s</translation>
    </message>
    <message>
        <source> for %1m%2s</source>
        <translation> seit %1 min %2 s</translation>
    </message>
    <message>
        <source> for %1h%2m</source>
        <translation> seit %1 h %2 min</translation>
    </message>
    <message>
        <source> for %1d%2h%3m</source>
        <translation> seit %1 T %2 h %3 min</translation>
    </message>
    <message>
        <source>%1 could not be inspected: %2</source>
        <translation>%1 konnte nicht inspiziert werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be inspected during the %2 lifecycle checks: %3</source>
        <translation>%1 konnte während der %2-Lebenszyklus-Prüfungen nicht inspiziert werden: %3</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a Docker context: %2</source>
        <translation>%1: kein Docker-Kontext: %2</translation>
    </message>
    <message>
        <source>%1: a Docker context needs a Name and a docker endpoint Host</source>
        <translation>%1: ein Docker-Kontext braucht einen Name und einen Host im Endpunkt docker</translation>
    </message>
    <message>
        <source>%1: context %2: %3</source>
        <translation>%1: Kontext %2: %3</translation>
    </message>
    <message>
        <source>%1 names no host</source>
        <translation>%1 nennt keinen Host</translation>
    </message>
    <message>
        <source>%1 needs a user and a host (ssh://user@host)</source>
        <translation>%1 braucht einen Benutzer und einen Host (ssh://benutzer@host)</translation>
    </message>
    <message>
        <source>%1: the %2 transport is not supported</source>
        <translation>%1: der Transport %2 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>DOCKER_HOST: %1</source>
        <translation>DOCKER_HOST: %1</translation>
    </message>
    <message>
        <source>%1 skipped (%2)</source>
        <translation>%1 übersprungen (%2)</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>läuft bereits</translation>
    </message>
    <message>
        <source>already stopped</source>
        <translation>bereits gestoppt</translation>
    </message>
    <message>
        <source>no container</source>
        <translation>kein Container</translation>
    </message>
    <message>
        <source>SIGTERM sent, killed after %1 s</source>
        <translation>SIGTERM gesendet, nach %1 s hart beendet</translation>
    </message>
    <message>
        <source>stopped (killed after %1 s timeout)</source>
        <translation>gestoppt (nach %1 s Zeitlimit hart beendet)</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
</context>
<context>
    <name>Maestro::App</name>
    <message>
        <source>See and operate multi-host Docker environments described by maestro.yaml.</source>
        <translation>Docker-Umgebungen über mehrere Hosts, beschrieben in maestro.yaml, ansehen und bedienen.</translation>
    </message>
    <message>
        <source>The environment file to open.</source>
        <translation>Die zu öffnende Umgebungsdatei.</translation>
    </message>
    <message>
        <source>Use the translation for &lt;language&gt; (e.g. de).</source>
        <translation>Die Übersetzung für &lt;Sprache&gt; verwenden (z. B. de).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Group the tree by &quot;ship&quot; or &quot;service&quot;.</source>
        <translation>Den Baum nach „ship“ (Schiff) oder „service“ (Dienst) gruppieren.</translation>
    </message>
    <message>
        <source>grouping</source>
        <translation>Gruppierung</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; once the file is shown, then quit.</source>
        <translation>Ein Bild des Fensters nach &lt;png&gt; speichern, sobald die Datei angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <source>Select &lt;instance&gt; after loading.</source>
        <translation>&lt;Instanz&gt; nach dem Laden auswählen.</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>With --screenshot: picture the file view at diagnostic &lt;row&gt; instead.</source>
        <translation>Mit --screenshot: stattdessen die Dateiansicht bei Diagnose &lt;Zeile&gt; abbilden.</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Window size as WIDTHxHEIGHT.</source>
        <translation>Fenstergröße als BREITExHÖHE.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>With --screenshot: wait &lt;ms&gt; after the file is shown (default 300).</source>
        <translation>Mit --screenshot: &lt;ms&gt; warten, nachdem die Datei angezeigt wird (Vorgabe 300).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Once the file is shown, preview &lt;command&gt; (start, stop, restart, kill, pull, clean) for the --select instance, or the whole environment.</source>
        <translation>Sobald die Datei angezeigt wird, die Vorschau für &lt;Befehl&gt; (start, stop, restart, kill, pull, clean) für die Instanz von --select oder die ganze Umgebung zeigen.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>With --run: run the plan without waiting for a click on Run.</source>
        <translation>Mit --run: den Plan ausführen, ohne auf einen Klick auf Ausführen zu warten.</translation>
    </message>
    <message>
        <source>moment</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Show the timeline when the run ends.</source>
        <translation>Die Zeitleiste zeigen, wenn der Lauf endet.</translation>
    </message>
    <message>
        <source>Unknown --screenshot-at moment: %1</source>
        <translation>Unbekannter Zeitpunkt für --screenshot-at: %1</translation>
    </message>
    <message>
        <source>Bring a panel to the front: diagnostics, run, logs, details or ships (may be repeated).</source>
        <translation>Ein Panel in den Vordergrund holen: diagnostics, run, logs, details oder ships (mehrfach möglich).</translation>
    </message>
    <message>
        <source>panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Once the file is shown, run the checks of the running instances (Check Now) for the --select instance, or the whole environment.</source>
        <translation>Sobald die Datei angezeigt wird, die Prüfungen der laufenden Instanzen ausführen (Jetzt prüfen): für die mit --select gewählte Instanz oder die ganze Umgebung.</translation>
    </message>
    <message>
        <source>Unknown --run command: %1</source>
        <translation>Unbekannter Befehl für --run: %1</translation>
    </message>
    <message>
        <source>Once the file is shown, open Rename for &lt;kind:name=new&gt; (e.g. service:redis=cache) with the new name typed; --screenshot pictures its preview.</source>
        <translation>Sobald die Datei angezeigt wird, Umbenennen für &lt;kind:name=new&gt; öffnen (z. B. service:redis=cache), mit dem neuen Namen eingegeben; --screenshot bildet dessen Vorschau ab.</translation>
    </message>
    <message>
        <source>kind:name=new</source>
        <translation>kind:name=new</translation>
    </message>
    <message>
        <source>Unknown --rename-preview: %1</source>
        <translation>Unbekannter Wert für --rename-preview: %1</translation>
    </message>
    <message>
        <source>With --screenshot: take it when the file is shown (&quot;loaded&quot;), at the plan preview (&quot;preview&quot;), while a check runs (&quot;checking&quot;), when the run ends (&quot;finished&quot;) or of Save&apos;s review of the --edit changes (&quot;review&quot;).</source>
        <translation>Mit --screenshot: das Bild aufnehmen, wenn die Datei angezeigt wird („loaded“), bei der Planvorschau („preview“), während eine Prüfung läuft („checking“), wenn der Lauf endet („finished“) oder von der Überprüfung der --edit-Änderungen beim Speichern („review“).</translation>
    </message>
    <message>
        <source>Once the file is shown, set &lt;path=value&gt; as a form would (e.g. services.web.env.A=b; the value in YAML flow syntax), unsaved; may be repeated.</source>
        <translation>Sobald die Datei angezeigt wird, &lt;Pfad=Wert&gt; setzen wie ein Formular (z. B. services.web.env.A=b; der Wert in YAML-Flow-Syntax), ungespeichert; wiederholbar.</translation>
    </message>
    <message>
        <source>path=value</source>
        <translation>Pfad=Wert</translation>
    </message>
    <message>
        <source>Once the file is shown, select the graph&apos;s first dependency line.</source>
        <translation>Sobald die Datei angezeigt wird, die erste Abhängigkeitslinie im Graphen auswählen.</translation>
    </message>
    <message>
        <source>Unknown --edit: %1</source>
        <translation>Unbekannter Wert für --edit: %1</translation>
    </message>
    <message>
        <source>With --show-diagnostic: hover over the diagnostic, so that the picture shows its tooltip.</source>
        <translation>Mit --show-diagnostic: auf die Diagnose zeigen, sodass das Bild ihren Tooltip zeigt.</translation>
    </message>
</context>
<context>
    <name>Maestro::Core::Dependencies</name>
    <message>
        <source>%1 requires %2 at %3</source>
        <translation>%1 benötigt %2 (requires) bei %3</translation>
    </message>
    <message>
        <source>%1 wants_info %2 at %3</source>
        <translation>%1 will Informationen von %2 (wants_info) bei %3</translation>
    </message>
    <message>
        <source>%1 has volumes_from on %2 at %3</source>
        <translation>%1 übernimmt Volumes von %2 (volumes_from) bei %3</translation>
    </message>
    <message>
        <source>Cannot resolve dependencies for containers %1!</source>
        <translation>Die Abhängigkeiten der Container %1 können nicht aufgelöst werden!</translation>
    </message>
    <message>
        <source>%1 is a service but --expand-services was not specified</source>
        <translation>%1 ist ein Dienst, aber --expand-services wurde nicht angegeben</translation>
    </message>
    <message>
        <source>%1 is neither a service nor a container!</source>
        <translation>%1 ist weder ein Dienst noch ein Container!</translation>
    </message>
</context>
<context>
    <name>Maestro::Core::Edit</name>
    <message>
        <source>an environment lookup %1</source>
        <translation>einer Umgebungsabfrage %1</translation>
    </message>
    <message>
        <source>the template expression %1</source>
        <translation>dem Template-Ausdruck %1</translation>
    </message>
    <message>
        <source>the file does not load: %1</source>
        <translation>Die Datei lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>Das Dokument ist leer</translation>
    </message>
    <message>
        <source>%1 is produced by %2, which an edit does not change</source>
        <translation>%1 entsteht aus %2, was eine Bearbeitung nicht ändert</translation>
    </message>
    <message>
        <source>%1 is written in a template loop body (or an include) rendered more than once</source>
        <translation>%1 steht in einem Schleifenrumpf des Templates (oder einem include), der mehr als einmal gerendert wird</translation>
    </message>
    <message>
        <source>%1 spans template tags, which an edit does not change</source>
        <translation>%1 reicht über Template-Tags, die eine Bearbeitung nicht ändert</translation>
    </message>
    <message>
        <source>the edited file would not be valid: %1</source>
        <translation>Die bearbeitete Datei wäre nicht gültig: %1</translation>
    </message>
    <message>
        <source>the edit would also change %1; nothing was written</source>
        <translation>Die Bearbeitung würde auch %1 ändern; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>invalid path &apos;%1&apos; at character %2: %3</source>
        <translation>Ungültiger Pfad &apos;%1&apos; bei Zeichen %2: %3</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>Der Pfad ist leer</translation>
    </message>
    <message>
        <source>only \&quot; and \\ may follow a backslash</source>
        <translation>Nach einem Backslash darf nur \&quot; oder \\ folgen</translation>
    </message>
    <message>
        <source>the quoted key is not closed</source>
        <translation>Der Schlüssel in Anführungszeichen ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>quote a key holding &apos;%1&apos;</source>
        <translation>Einen Schlüssel mit &apos;%1&apos; in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>a key is missing</source>
        <translation>Ein Schlüssel fehlt</translation>
    </message>
    <message>
        <source>expected [N] with N a number from 0</source>
        <translation>[N] erwartet, mit N einer Zahl ab 0</translation>
    </message>
    <message>
        <source>expected &apos;.&apos; or &apos;[&apos;</source>
        <translation>&apos;.&apos; oder &apos;[&apos; erwartet</translation>
    </message>
    <message>
        <source>%1 goes through the alias *%2 of the anchor &amp;%2 at %3 (also used at: %4); use --alias=anchor to edit the anchored node or --alias=copy to replace the alias by an edited copy</source>
        <translation>%1 führt durch den Alias *%2 des Ankers &amp;%2 bei %3 (auch verwendet bei: %4); mit --alias=anchor wird der verankerte Knoten bearbeitet, mit --alias=copy wird der Alias durch eine bearbeitete Kopie ersetzt</translation>
    </message>
    <message>
        <source>nowhere else</source>
        <translation>nirgends sonst</translation>
    </message>
    <message>
        <source>%1 has no item %2</source>
        <translation>%1 hat kein Element %2</translation>
    </message>
    <message>
        <source>%1 is not a mapping</source>
        <translation>%1 ist kein Mapping</translation>
    </message>
    <message>
        <source>reference at %1 renamed</source>
        <translation>Verweis bei %1 umbenannt</translation>
    </message>
    <message>
        <source>also changes %1 (alias at %2)</source>
        <translation>ändert auch %1 (Alias bei %2)</translation>
    </message>
    <message>
        <source>invalid VALUE: %1</source>
        <translation>Ungültiger WERT: %1</translation>
    </message>
    <message>
        <source>%1 names no key</source>
        <translation>%1 benennt keinen Schlüssel</translation>
    </message>
    <message>
        <source>%1 is now set in its own mapping, over what the merge key (&lt;&lt;) gives it</source>
        <translation>%1 ist jetzt im eigenen Mapping gesetzt, vor dem, was der Merge-Schlüssel (&lt;&lt;) liefert</translation>
    </message>
    <message>
        <source>%1 is now an edited copy of what the alias named</source>
        <translation>%1 ist jetzt eine bearbeitete Kopie dessen, was der Alias bezeichnete</translation>
    </message>
    <message>
        <source>there is no %1</source>
        <translation>%1 gibt es nicht</translation>
    </message>
    <message>
        <source>cannot create the sequence item %1</source>
        <translation>Das Sequenzelement %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot locate %1 in the text</source>
        <translation>%1 lässt sich im Text nicht finden</translation>
    </message>
    <message>
        <source>%1 already has a key &apos;%2&apos;</source>
        <translation>%1 hat schon einen Schlüssel &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed since it was read, or is not UTF-8; nothing was written</source>
        <translation>%1 hat sich seit dem Lesen geändert oder ist kein UTF-8; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the rendered document does not parse: %1</source>
        <translation>Das gerenderte Dokument lässt sich nicht parsen: %1</translation>
    </message>
    <message>
        <source>%1 comes from a merge key (&lt;&lt;) of the mapping at %2; use --alias=copy to give the mapping its own edited copy, or --alias=anchor to edit the anchored mapping it comes from</source>
        <translation>%1 stammt aus einem Merge-Schlüssel (&lt;&lt;) des Mappings bei %2; mit --alias=copy erhält das Mapping eine eigene bearbeitete Kopie, mit --alias=anchor wird das verankerte Mapping bearbeitet, aus dem es stammt</translation>
    </message>
    <message>
        <source>%1 is not a sequence</source>
        <translation>%1 ist keine Sequenz</translation>
    </message>
    <message>
        <source>%1 has no item %2 (its length is %3): a new item goes before an existing one, or at %3 to append it</source>
        <translation>%1 hat kein Element %2 (seine Länge ist %3): ein neues Element kommt vor ein vorhandenes oder an Position %3, um es anzuhängen</translation>
    </message>
    <message>
        <source>also changes %1 (merge at %2)</source>
        <translation>ändert auch %1 (Merge bei %2)</translation>
    </message>
    <message>
        <source>%1 names no sequence item ([N] at its end)</source>
        <translation>%1 benennt kein Sequenzelement ([N] am Ende)</translation>
    </message>
    <message>
        <source>Only requires and wants_info can be changed here; volumes_from is written on the instances</source>
        <translation>Nur requires und wants_info können hier geändert werden; volumes_from steht bei den Instanzen</translation>
    </message>
    <message>
        <source>There is no service %1 in the file</source>
        <translation>Die Datei enthält keinen Dienst %1</translation>
    </message>
    <message>
        <source>%1 of %2 holds neither a service name nor a list of them</source>
        <translation>%1 von %2 enthält weder einen Dienstnamen noch eine Liste von Dienstnamen</translation>
    </message>
    <message>
        <source>%1 already lists %2 in %3</source>
        <translation>%1 führt %2 bereits in %3</translation>
    </message>
    <message>
        <source>%1 does not list %2 in %3</source>
        <translation>%1 führt %2 nicht in %3</translation>
    </message>
    <message>
        <source>%1 would be a cycle</source>
        <translation>%1 wäre ein Abhängigkeitszyklus</translation>
    </message>
</context>
<context>
    <name>Maestro::Core::Grammar</name>
    <message>
        <source>Invalid size %1 for container %2; expected an integer number of bytes, optionally followed by k, m or g!</source>
        <translation>Ungültige Größe %1 für Container %2; erwartet wird eine ganze Zahl von Bytes, optional gefolgt von k, m oder g!</translation>
    </message>
    <message>
        <source>Unknown unit suffix %1 in %2 for container %3!</source>
        <translation>Unbekanntes Einheitensuffix %1 in %2 für Container %3!</translation>
    </message>
    <message>
        <source>Invalid type for %1 param: expected %2 but found %3</source>
        <translation>Ungültiger Typ für den Parameter %1: erwartet %2, gefunden %3</translation>
    </message>
    <message>
        <source>Invalid labels configuration for container %1; must be a list or mapping! </source>
        <translation>Ungültige labels-Konfiguration für Container %1; muss eine Liste oder ein Mapping sein! </translation>
    </message>
    <message>
        <source>Invalid links configuration for container %1; expected a mapping of container names to aliases, got %2!</source>
        <translation>Ungültige links-Konfiguration für Container %1; erwartet wird ein Mapping von Containernamen auf Aliase, erhalten: %2!</translation>
    </message>
    <message>
        <source>Invalid alias %1 for link %2 of container %3!</source>
        <translation>Ungültiger Alias %1 für den Link %2 von Container %3!</translation>
    </message>
    <message>
        <source>Invalid command %1: %2</source>
        <translation>Ungültiger Befehl %1: %2</translation>
    </message>
    <message>
        <source>Invalid command %1; expected a string or a list, got %2!</source>
        <translation>Ungültiger Befehl %1; erwartet wird eine Zeichenkette oder eine Liste, erhalten: %2!</translation>
    </message>
    <message>
        <source>Cannot read environment file %1: %2</source>
        <translation>Die Umgebungsvariablen-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read environment file %1: it is not valid UTF-8 text</source>
        <translation>Die Umgebungsvariablen-Datei %1 kann nicht gelesen werden: sie ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>Invalid line in environment file %1:
%2</source>
        <translation>Ungültige Zeile in der Umgebungsvariablen-Datei %1:
%2</translation>
    </message>
    <message>
        <source>Invalid extra_hosts configuration for container %1; expected a mapping of host names, got %2!</source>
        <translation>Ungültige extra_hosts-Konfiguration für Container %1; erwartet wird ein Mapping von Hostnamen, erhalten: %2!</translation>
    </message>
    <message>
        <source>Unknown ship %1 for extra host %2 of container %3!</source>
        <translation>Unbekanntes Schiff %1 für den zusätzlichen Host %2 von Container %3!</translation>
    </message>
    <message>
        <source>Missing required option %1 in %2 lifecycle check of %3!</source>
        <translation>Die erforderliche Option %1 fehlt in der %2-Lebenszyklus-Prüfung von %3!</translation>
    </message>
    <message>
        <source>Invalid %1 %2 in %3 lifecycle check of %4; expected %5!</source>
        <translation>Ungültiges %1 %2 in der %3-Lebenszyklus-Prüfung von %4; erwartet: %5!</translation>
    </message>
    <message>
        <source>Port %1 is not TCP!</source>
        <translation>Port %1 ist kein TCP-Port!</translation>
    </message>
    <message>
        <source>Port %1 of %2 is the range %3; a %4 lifecycle check needs a single port!</source>
        <translation>Port %1 von %2 ist der Bereich %3; eine %4-Lebenszyklus-Prüfung braucht einen einzelnen Port!</translation>
    </message>
    <message>
        <source>Port %1 is not defined by %2!</source>
        <translation>Port %1 ist von %2 nicht definiert!</translation>
    </message>
    <message>
        <source>Unknown option %1 in http lifecycle check of %2; expected one of %3!</source>
        <translation>Unbekannte Option %1 in der http-Lebenszyklus-Prüfung von %2; erwartet wird eine von %3!</translation>
    </message>
    <message>
        <source>Bad regex for HttpRequestLifecycle: %1</source>
        <translation>Ungültiger regulärer Ausdruck für HttpRequestLifecycle: %1</translation>
    </message>
    <message>
        <source>Missing required option command in %1 lifecycle check of %2; found cmd, did you mean command?</source>
        <translation>Die erforderliche Option command fehlt in der %1-Lebenszyklus-Prüfung von %2; gefunden wurde cmd, war command gemeint?</translation>
    </message>
    <message>
        <source>Invalid command %1 in %2 lifecycle check of %3: %4</source>
        <translation>Ungültiger Befehl %1 in der %2-Lebenszyklus-Prüfung von %3: %4</translation>
    </message>
    <message>
        <source>Invalid lifecycle check %1 for %2; expected a mapping with a type!</source>
        <translation>Ungültige Lebenszyklus-Prüfung %1 für %2; erwartet wird ein Mapping mit einem type!</translation>
    </message>
    <message>
        <source>Missing type in lifecycle check of %1; expected one of %2!</source>
        <translation>In der Lebenszyklus-Prüfung von %1 fehlt type; erwartet wird einer von %2!</translation>
    </message>
    <message>
        <source>Unknown lifecycle check type %1 for %2; expected one of %3!</source>
        <translation>Unbekannter Lebenszyklus-Prüfungstyp %1 für %2; erwartet wird einer von %3!</translation>
    </message>
    <message>
        <source>Invalid lifecycle configuration; expected a mapping of states to lists of checks, got %1!</source>
        <translation>Ungültige lifecycle-Konfiguration; erwartet wird ein Mapping von Zuständen auf Listen von Prüfungen, erhalten: %1!</translation>
    </message>
    <message>
        <source>Invalid %1 lifecycle checks configuration; expected list of checks, got %2!</source>
        <translation>Ungültige Konfiguration der %1-Lebenszyklus-Prüfungen; erwartet wird eine Liste von Prüfungen, erhalten: %2!</translation>
    </message>
    <message>
        <source>log_driver must be one of (%1)</source>
        <translation>log_driver muss einer von (%1) sein</translation>
    </message>
    <message>
        <source>log_opt must be a dictionary</source>
        <translation>log_opt muss ein Dictionary sein</translation>
    </message>
    <message>
        <source>Invalid port specification %1! Expected format is &lt;port&gt;, &lt;p1&gt;-&lt;p2&gt; or &lt;port&gt;/{tcp,udp}.</source>
        <translation>Ungültige Port-Angabe %1! Erwartetes Format: &lt;port&gt;, &lt;p1&gt;-&lt;p2&gt; oder &lt;port&gt;/{tcp,udp}.</translation>
    </message>
    <message>
        <source>Invalid port spec %1 for port %2 of %3 (on %4)!</source>
        <translation>Ungültige Port-Angabe %1 für den Port %2 von %3 (auf %4)!</translation>
    </message>
    <message>
        <source>Invalid port number %1 in %2; ports are 1 to 65535.</source>
        <translation>Ungültige Portnummer %1 in %2; Ports gehen von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Invalid port range in %1: range %2 is reversed.</source>
        <translation>Ungültiger Portbereich in %1: der Bereich %2 ist umgekehrt.</translation>
    </message>
    <message>
        <source>Invalid port spec %1: the exposed range %2 and the external range %3 differ in length.</source>
        <translation>Ungültige Port-Angabe %1: der freigegebene Bereich %2 und der externe Bereich %3 sind verschieden lang.</translation>
    </message>
    <message>
        <source>Invalid port spec %1 for port %2 of %3 (on %4)! Format should be &quot;name: external:exposed&quot;.</source>
        <translation>Ungültige Port-Angabe %1 für den Port %2 von %3 (auf %4)! Das Format sollte „name: extern:freigegeben“ sein.</translation>
    </message>
    <message>
        <source>Mismatched protocols between %1 and %2!</source>
        <translation>Die Protokolle von %1 und %2 passen nicht zusammen!</translation>
    </message>
    <message>
        <source>Invalid retry configuration for registry %1; expected a mapping with attempts and when!</source>
        <translation>Ungültige retry-Konfiguration für die Registry %1; erwartet wird ein Mapping mit attempts und when!</translation>
    </message>
    <message>
        <source>Invalid retry attempts %1 for registry %2; expected a number!</source>
        <translation>Ungültige retry-attempts %1 für die Registry %2; erwartet wird eine Zahl!</translation>
    </message>
    <message>
        <source>Invalid retry status code %1 for registry %2; expected an HTTP status such as 500!</source>
        <translation>Ungültiger retry-Statuscode %1 für die Registry %2; erwartet wird ein HTTP-Status wie 500!</translation>
    </message>
    <message>
        <source>Invalid configuration for registry %1; expected a mapping, got %2!</source>
        <translation>Ungültige Konfiguration für die Registry %1; erwartet wird ein Mapping, erhalten: %2!</translation>
    </message>
    <message>
        <source>Missing registry URL for registry %1; set registry: https://host/v1/</source>
        <translation>Die Registry-URL für die Registry %1 fehlt; setzen Sie registry: https://host/v1/</translation>
    </message>
    <message>
        <source>Invalid registries configuration; expected a mapping of registry names, got %1!</source>
        <translation>Ungültige registries-Konfiguration; erwartet wird ein Mapping von Registry-Namen, erhalten: %1!</translation>
    </message>
    <message>
        <source>Invalid restart policy format for container %1: &quot;%2&quot;</source>
        <translation>Ungültiges Format der Neustart-Richtlinie für Container %1: „%2“</translation>
    </message>
    <message>
        <source>Invalid restart policy %1 for container %2; choose one of %3.</source>
        <translation>Ungültige Neustart-Richtlinie %1 für Container %2; wählen Sie eine von %3.</translation>
    </message>
    <message>
        <source>Invalid restart policy format for container %1: &quot;%2&quot;; the retry count cannot be negative.</source>
        <translation>Ungültiges Format der Neustart-Richtlinie für Container %1: „%2“; die Anzahl der Wiederholungen darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Invalid restart policy format for container %1: &quot;%2&quot;; only on-failure takes a retry count (Docker refuses retries for %3).</source>
        <translation>Ungültiges Format der Neustart-Richtlinie für Container %1: „%2“; nur on-failure nimmt eine Anzahl von Wiederholungen (Docker lehnt Wiederholungen für %3 ab).</translation>
    </message>
    <message>
        <source>Ulimit.%1 must be an integer</source>
        <translation>Ulimit.%1 muss eine Ganzzahl sein</translation>
    </message>
    <message>
        <source>Invalid ulimits configuration; expected a mapping of limit names, got %1!</source>
        <translation>Ungültige ulimits-Konfiguration; erwartet wird ein Mapping von Limit-Namen, erhalten: %1!</translation>
    </message>
    <message>
        <source>Ulimit.soft must be an integer</source>
        <translation>Ulimit.soft muss eine Ganzzahl sein</translation>
    </message>
    <message>
        <source>Invalid volume specification for container %1: %2 -&gt; %3</source>
        <translation>Ungültige Volume-Angabe für Container %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Invalid volumes configuration for container %1; expected a mapping, got %2!</source>
        <translation>Ungültige volumes-Konfiguration für Container %1; erwartet wird ein Mapping, erhalten: %2!</translation>
    </message>
    <message>
        <source>Invalid container_volumes entry %1; expected a path or a list of paths!</source>
        <translation>Ungültiger container_volumes-Eintrag %1; erwartet wird ein Pfad oder eine Liste von Pfaden!</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a port name or 1 to 65535</source>
        <translation>ein Portname oder 1 bis 65535</translation>
    </message>
    <message>
        <source>http or https</source>
        <translation>http oder https</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>a command to run</source>
        <translation>ein auszuführender Befehl</translation>
    </message>
    <message>
        <source>env or stdin</source>
        <translation>env oder stdin</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>No escaped character</source>
        <translation>Kein Zeichen nach dem Escape-Zeichen</translation>
    </message>
    <message>
        <source>No closing quotation</source>
        <translation>Schließendes Anführungszeichen fehlt</translation>
    </message>
</context>
<context>
    <name>Maestro::Core::Model</name>
    <message>
        <source>Missing audit log filename!</source>
        <translation>Der Dateiname des Audit-Protokolls fehlt!</translation>
    </message>
    <message>
        <source>Missing webhook endpoint!</source>
        <translation>Webhook-Endpunkt fehlt!</translation>
    </message>
    <message>
        <source>Missing Slack channel name!</source>
        <translation>Der Name des Slack-Kanals fehlt!</translation>
    </message>
    <message>
        <source>Missing Slack bot token!</source>
        <translation>Das Slack-Bot-Token fehlt!</translation>
    </message>
    <message>
        <source>Missing HipChat room name!</source>
        <translation>Der Name des HipChat-Raums fehlt!</translation>
    </message>
    <message>
        <source>Missing HipChat API token!</source>
        <translation>Das HipChat-API-Token fehlt!</translation>
    </message>
    <message>
        <source>Missing script to execute!</source>
        <translation>Das auszuführende Skript fehlt!</translation>
    </message>
    <message>
        <source>Missing arguments for the exec auditor (args)!</source>
        <translation>Die Argumente für den exec-Auditor fehlen (args)!</translation>
    </message>
    <message>
        <source>audit must be a list of auditors</source>
        <translation>audit muss eine Liste von Auditoren sein</translation>
    </message>
    <message>
        <source>an auditor must be a mapping with a type</source>
        <translation>ein Auditor muss ein Mapping mit einem type sein</translation>
    </message>
    <message>
        <source>Unknown auditor type %1</source>
        <translation>Unbekannter Auditor-Typ %1</translation>
    </message>
    <message>
        <source>Invalid audit level %1; choose info or debug</source>
        <translation>Ungültige Audit-Stufe %1; wählen Sie info oder debug</translation>
    </message>
    <message>
        <source>Invalid HTTP method %1!</source>
        <translation>Ungültige HTTP-Methode %1!</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3 (%4)</source>
        <translation>%1 muss %2 sein, nicht %3 (%4)</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>eine Liste von Namen</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>%1 is not supported by MaestroNG and is ignored</source>
        <translation>%1 wird von MaestroNG nicht unterstützt und ignoriert</translation>
    </message>
    <message>
        <source>unknown key %1 is ignored</source>
        <translation>der unbekannte Schlüssel %1 wird ignoriert</translation>
    </message>
    <message>
        <source>unknown key %1 is ignored; did you mean %2?</source>
        <translation>der unbekannte Schlüssel %1 wird ignoriert; war %2 gemeint?</translation>
    </message>
    <message>
        <source>__maestro must be a mapping such as {schema: 2}</source>
        <translation>__maestro muss ein Mapping wie {schema: 2} sein</translation>
    </message>
    <message>
        <source>Service dependency %1 defined on %2 does not exist</source>
        <translation>Die bei %2 angegebene Dienst-Abhängigkeit %1 existiert nicht</translation>
    </message>
    <message>
        <source>Unknown container %1 to get volumes from for %2!</source>
        <translation>Unbekannter Container %1, von dem %2 Volumes übernehmen soll!</translation>
    </message>
    <message>
        <source>%1 and %2 must be on the same host for volumes_from declaration in %2!</source>
        <translation>%1 und %2 müssen für die volumes_from-Angabe in %2 auf demselben Host liegen!</translation>
    </message>
    <message>
        <source>Volume conflicts between %1 and %2: %3!</source>
        <translation>Volume-Konflikte zwischen %1 und %2: %3!</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>instance %1 of %2</source>
        <translation>Instanz %1 von %2</translation>
    </message>
    <message>
        <source>%1 and %2 both produce the variable %3; one overwrites the other</source>
        <translation>%1 und %2 erzeugen beide die Variable %3; eine überschreibt die andere</translation>
    </message>
    <message>
        <source>environment file must be a mapping (with name, ships and services), not %1</source>
        <translation>die Umgebungsdatei muss ein Mapping (mit name, ships und services) sein, nicht %1</translation>
    </message>
    <message>
        <source>Environment name is missing</source>
        <translation>Der Name der Umgebung fehlt</translation>
    </message>
    <message>
        <source>dependency cycle %1</source>
        <translation>Abhängigkeitszyklus %1</translation>
    </message>
    <message>
        <source>Error reading environment description file %1: %2!</source>
        <translation>Fehler beim Lesen der Umgebungsdatei %1: %2!</translation>
    </message>
    <message>
        <source>Environment description file %1 not found!</source>
        <translation>Umgebungsdatei %1 nicht gefunden!</translation>
    </message>
    <message>
        <source>Invalid environment configuration for %1</source>
        <translation>Ungültige Konfiguration der Umgebungsvariablen für %1</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <source>instance %1 must be a mapping with at least ship</source>
        <translation>Instanz %1 muss ein Mapping mit mindestens ship sein</translation>
    </message>
    <message>
        <source>instance %1 is on unknown ship %2%3</source>
        <translation>Instanz %1 liegt auf dem unbekannten Schiff %2%3</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>; war %1 gemeint?</translation>
    </message>
    <message>
        <source>port %1 is read as the number %2 (YAML 1.1 base 60); quote it: &quot;%1&quot;</source>
        <translation>Port %1 wird als die Zahl %2 gelesen (YAML 1.1, Basis 60); setzen Sie ihn in Anführungszeichen: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Conflict in %1 between bind-mounted volume and container-only volume on %2</source>
        <translation>Konflikt in %1 zwischen einem per Bind-Mount eingebundenen Volume und einem reinen Container-Volume auf %2</translation>
    </message>
    <message>
        <source>cmd is deprecated; use command</source>
        <translation>cmd ist veraltet; verwenden Sie command</translation>
    </message>
    <message>
        <source>lxc_conf must be a mapping</source>
        <translation>lxc_conf muss ein Mapping sein</translation>
    </message>
    <message>
        <source>security_opt must be a list</source>
        <translation>security_opt muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1 is only read on instances; on a service it is ignored</source>
        <translation>%1 wird nur bei Instanzen gelesen; bei einem Dienst wird es ignoriert</translation>
    </message>
    <message>
        <source>service %1 must be a mapping with image and instances</source>
        <translation>Dienst %1 muss ein Mapping mit image und instances sein</translation>
    </message>
    <message>
        <source>instances of service %1 must be a mapping of instance names to instances</source>
        <translation>instances von Dienst %1 muss ein Mapping von Instanznamen auf Instanzen sein</translation>
    </message>
    <message>
        <source>service %1 has no instances mapping</source>
        <translation>Dienst %1 hat kein instances-Mapping</translation>
    </message>
    <message>
        <source>Service instance %1 is already defined in %2</source>
        <translation>Die Dienst-Instanz %1 ist bereits in %2 definiert</translation>
    </message>
    <message>
        <source>api_version %1 is read as the number %2 (YAML 1.1); quote it: api_version: &quot;%1&quot;</source>
        <translation>api_version %1 wird als die Zahl %2 gelesen (YAML 1.1); setzen Sie den Wert in Anführungszeichen: api_version: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ssh_tunnel of ship %1 must be a mapping with user, key and port</source>
        <translation>ssh_tunnel von Schiff %1 muss ein Mapping mit user, key und port sein</translation>
    </message>
    <message>
        <source>Missing SSH user for ship %1 tunnel configuration</source>
        <translation>In der Tunnel-Konfiguration von Schiff %1 fehlt der SSH-Benutzer</translation>
    </message>
    <message>
        <source>%1 is required on ship %2 because tls is enabled</source>
        <translation>%1 ist auf Schiff %2 erforderlich, weil tls aktiviert ist</translation>
    </message>
    <message>
        <source>%1 file %2 of ship %3 does not exist</source>
        <translation>Die %1-Datei %2 von Schiff %3 existiert nicht</translation>
    </message>
    <message>
        <source>ship %1 must be a mapping with at least ip</source>
        <translation>Schiff %1 muss ein Mapping mit mindestens ip sein</translation>
    </message>
    <message>
        <source>ssh_timeout does not exist in MaestroNG and is ignored; timeout applies to every connection</source>
        <translation>ssh_timeout gibt es in MaestroNG nicht, es wird ignoriert; timeout gilt für jede Verbindung</translation>
    </message>
    <message>
        <source>Invalid ship provider %1! Available providers: static</source>
        <translation>Ungültiger Schiff-Provider %1! Verfügbare Provider: static</translation>
    </message>
    <message>
        <source>ships is missing: the static ship provider needs a ships mapping</source>
        <translation>ships fehlt: der Schiff-Provider static benötigt ein ships-Mapping</translation>
    </message>
    <message>
        <source>ships must be a mapping of ship names to ships</source>
        <translation>ships muss ein Mapping von Schiffsnamen auf Schiffe sein</translation>
    </message>
</context>
<context>
    <name>Maestro::Core::Provenance</name>
    <message>
        <source>from the template expression %1 at %2</source>
        <translation>aus dem Template-Ausdruck %1 in %2</translation>
    </message>
    <message>
        <source>from the environment lookup %1 at %2</source>
        <translation>aus der Umgebungsvariablen-Abfrage %1 in %2</translation>
    </message>
    <message>
        <source>from the loop at %1</source>
        <translation>aus der Schleife in %1</translation>
    </message>
    <message>
        <source>from template text at %1</source>
        <translation>aus Template-Text in %1</translation>
    </message>
    <message>
        <source>from the anchor &amp;%1 at %2</source>
        <translation>vom Anker &amp;%1 in %2</translation>
    </message>
    <message>
        <source>merged from the anchor &amp;%1 at %2</source>
        <translation>per Merge vom Anker &amp;%1 in %2</translation>
    </message>
</context>
<context>
    <name>Maestro::Core::Yaml</name>
    <message>
        <source>found duplicate key (%1); first defined at %2</source>
        <translation>doppelter Schlüssel (%1) gefunden; zuerst definiert bei %2</translation>
    </message>
    <message>
        <source>found unhashable key</source>
        <translation>nicht hashbaren Schlüssel gefunden</translation>
    </message>
    <message>
        <source>expected a mapping for merging, but found %1</source>
        <translation>zum Zusammenführen wurde ein Mapping erwartet, gefunden wurde aber %1</translation>
    </message>
    <message>
        <source>expected a mapping or list of mappings for merging, but found %1</source>
        <translation>zum Zusammenführen wurde ein Mapping oder eine Liste von Mappings erwartet, gefunden wurde aber %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2</source>
        <translation>&apos;%1&apos; ist kein gültiger Wert vom Typ %2</translation>
    </message>
    <message>
        <source>integer %1 does not fit in 64 bits</source>
        <translation>die ganze Zahl %1 passt nicht in 64 Bit</translation>
    </message>
    <message>
        <source>expected a %1 node, but found %2</source>
        <translation>ein Knoten vom Typ %1 wurde erwartet, gefunden wurde aber %2</translation>
    </message>
    <message>
        <source>could not determine a constructor for the tag &apos;%1&apos;</source>
        <translation>für das Tag &apos;%1&apos; konnte kein Konstruktor bestimmt werden</translation>
    </message>
    <message>
        <source>expected the end of the document, but found more content (is this line indented correctly?)</source>
        <translation>das Ende des Dokuments wurde erwartet, es folgt aber weiterer Inhalt (ist diese Zeile richtig eingerückt?)</translation>
    </message>
    <message>
        <source>found duplicate anchor &apos;%1&apos;; first occurrence at %2</source>
        <translation>doppelter Anker &apos;%1&apos; gefunden; erstes Vorkommen bei %2</translation>
    </message>
    <message>
        <source>could not find expected &apos;:&apos;</source>
        <translation>das erwartete &apos;:&apos; wurde nicht gefunden</translation>
    </message>
    <message>
        <source>expected the node content, but found &apos;%1&apos;</source>
        <translation>der Inhalt des Knotens wurde erwartet, gefunden wurde aber &apos;%1&apos;</translation>
    </message>
    <message>
        <source>found recursive alias *%1</source>
        <translation>rekursiven Alias *%1 gefunden</translation>
    </message>
    <message>
        <source>found unexpected end of stream while scanning a quoted scalar</source>
        <translation>unerwartetes Ende des Datenstroms beim Lesen eines Skalars in Anführungszeichen</translation>
    </message>
    <message>
        <source>the document expands to more than %1 nodes (are aliases nested too deeply?)</source>
        <translation>das Dokument wächst auf mehr als %1 Knoten an (sind Aliase zu tief verschachtelt?)</translation>
    </message>
    <message>
        <source>the document is nested too deeply (%1 levels)</source>
        <translation>das Dokument ist zu tief verschachtelt (%1 Ebenen)</translation>
    </message>
    <message>
        <source>out of memory while parsing YAML</source>
        <translation>nicht genug Speicher beim Parsen des YAML</translation>
    </message>
    <message>
        <source>YAML parser failure: %1</source>
        <translation>Fehler im YAML-Parser: %1</translation>
    </message>
    <message>
        <source>YAML parser failure</source>
        <translation>Fehler im YAML-Parser</translation>
    </message>
    <message>
        <source>a value cannot start another `key:` on the same line (line %1); put the key on a line of its own, or quote the value</source>
        <translation>ein Wert kann in derselben Zeile (Zeile %1) keinen weiteren `Schlüssel:` beginnen; schreiben Sie den Schlüssel in eine eigene Zeile oder setzen Sie den Wert in Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1 (`%2`) is neither `key: value` nor a list item, so line %3 is read as more of its text; is a colon missing after `%2`?</source>
        <translation>Zeile %1 (`%2`) ist weder `Schlüssel: Wert` noch ein Listeneintrag, daher wird Zeile %3 als Fortsetzung ihres Textes gelesen; fehlt ein Doppelpunkt nach `%2`?</translation>
    </message>
    <message>
        <source>the indentation breaks at line %1: `%2` starts in column %3, right of line %4 (`%5`, column %6), which already has a value, so `%2` is read as more of that value; indent `%2` like the keys it belongs with</source>
        <translation>die Einrückung bricht in Zeile %1: `%2` beginnt in Spalte %3, rechts von Zeile %4 (`%5`, Spalte %6), die bereits einen Wert hat, daher wird `%2` als Fortsetzung dieses Werts gelesen; rücken Sie `%2` so weit ein wie die Schlüssel, zu denen es gehört</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::AddDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Add Ship</source>
        <translation>Schiff hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Address (ip):</source>
        <translation>Ad&amp;resse (ip):</translation>
    </message>
    <message>
        <source>Add Service</source>
        <translation>Dienst hinzufügen</translation>
    </message>
    <message>
        <source>e.g. nginx:1.25</source>
        <translation>z. B. nginx:1.25</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>Add Instance</source>
        <translation>Instanz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>S&amp;hip:</source>
        <translation>&amp;Schiff:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Enter the ship&apos;s address.</source>
        <translation>Geben Sie die Adresse des Schiffs ein.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s image.</source>
        <translation>Geben Sie das Image des Dienstes ein.</translation>
    </message>
    <message>
        <source>An instance needs a service and a ship.</source>
        <translation>Eine Instanz braucht einen Dienst und ein Schiff.</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ConnectionTestDialog</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <source>Test connection to %1</source>
        <translation>Verbindung zu %1 testen</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Connection test steps</source>
        <translation>Schritte des Verbindungstests</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Die Verbindung zu %1 wird getestet …</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Could not record the host key: %1</source>
        <translation>Der Host-Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::Dependents</name>
    <message>
        <source>instance %1 uses the volumes of %2 (volumes_from)</source>
        <translation>Instanz %1 verwendet die Volumes von %2 (volumes_from)</translation>
    </message>
    <message>
        <source>instance %1 links to %2 (links)</source>
        <translation>Instanz %1 ist mit %2 verknüpft (links)</translation>
    </message>
    <message>
        <source>instance %1 of service %2 runs on it (ship)</source>
        <translation>Instanz %1 des Dienstes %2 läuft darauf (ship)</translation>
    </message>
    <message>
        <source>service %1 requires it (requires)</source>
        <translation>Dienst %1 setzt ihn voraus (requires)</translation>
    </message>
    <message>
        <source>service %1 wants its information (wants_info)</source>
        <translation>Dienst %1 möchte seine Informationen (wants_info)</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::DetailsPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Container summary</source>
        <translation>Container-Übersicht</translation>
    </message>
    <message>
        <source>Inspect the container again</source>
        <translation>Den Container erneut untersuchen</translation>
    </message>
    <message>
        <source>Instance details</source>
        <translation>Instanzdetails</translation>
    </message>
    <message>
        <source>the inspection was cancelled</source>
        <translation>die Untersuchung wurde abgebrochen</translation>
    </message>
    <message>
        <source>Select an instance to see its configuration.</source>
        <translation>Wählen Sie eine Instanz, um ihre Konfiguration zu sehen.</translation>
    </message>
    <message>
        <source>%1: configuration (the container was not inspected).</source>
        <translation>%1: Konfiguration (der Container wurde nicht untersucht).</translation>
    </message>
    <message>
        <source>%1: inspecting the container…</source>
        <translation>%1: der Container wird untersucht …</translation>
    </message>
    <message>
        <source>%1: the ship has no such container.</source>
        <translation>%1: das Schiff hat keinen solchen Container.</translation>
    </message>
    <message>
        <source>%1: the container matches the configuration.</source>
        <translation>%1: der Container entspricht der Konfiguration.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the container differs from the configuration in %n place(s).</source>
        <translation>
            <numerusform>%1: der Container weicht an %n Stelle von der Konfiguration ab.</numerusform>
            <numerusform>%1: der Container weicht an %n Stellen von der Konfiguration ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: could not inspect the container (see Container below).</source>
        <translation>%1: der Container konnte nicht untersucht werden (siehe Container unten).</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::DocumentActions</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>The edit was not made: %1</source>
        <translation>Die Änderung wurde nicht vorgenommen: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::EdgeEditing</name>
    <message>
        <source>Remove Dependency</source>
        <translation>Abhängigkeit entfernen</translation>
    </message>
    <message>
        <source>Removes the selected requires or wants_info entry from the file</source>
        <translation>Den ausgewählten requires- oder wants_info-Eintrag aus der Datei entfernen</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::EditDock</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Select a ship, a service or an instance to edit it.</source>
        <translation>Wählen Sie ein Schiff, einen Dienst oder eine Instanz aus, um sie zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::EnvironmentView</name>
    <message>
        <source>running for %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ship(s)</source>
        <translation>
            <numerusform>%n Schiff</numerusform>
            <numerusform>%n Schiffe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n Instanz</numerusform>
            <numerusform>%n Instanzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ExternalChangeBar</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Apply Again</source>
        <translation>Erneut anwenden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>Load the file from disk and drop your unsaved edits</source>
        <translation>Die Datei von der Festplatte laden und Ihre ungespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep your edits; saving overwrites the file on disk</source>
        <translation>Ihre Änderungen behalten; Speichern überschreibt die Datei auf der Festplatte</translation>
    </message>
    <message>
        <source>Load the file from disk and make your edits again on it</source>
        <translation>Die Datei von der Festplatte laden und Ihre Änderungen erneut darauf anwenden</translation>
    </message>
    <message>
        <source>%1 changed on disk while you have unsaved edits.</source>
        <translation>%1 wurde auf der Festplatte geändert, während Sie ungespeicherte Änderungen haben.</translation>
    </message>
    <message>
        <source>Saving will overwrite the changes made to %1 on disk. Keep your edits?</source>
        <translation>Speichern überschreibt die Änderungen an %1 auf der Festplatte. Ihre Änderungen behalten?</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) no longer apply:</source>
        <translation>
            <numerusform>%n Änderung lässt sich nicht mehr anwenden:</numerusform>
            <numerusform>%n Änderungen lassen sich nicht mehr anwenden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n typed change(s) could not be made again: type them again.</source>
        <translation>
            <numerusform>%n getippte Änderung konnte nicht erneut angewendet werden: Bitte erneut tippen.</numerusform>
            <numerusform>%n getippte Änderungen konnten nicht erneut angewendet werden: Bitte erneut tippen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::FileViewer</name>
    <message>
        <source>Show File</source>
        <translation>Datei anzeigen</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::FindReplaceBar</name>
    <message>
        <source>Find and replace</source>
        <translation>Suchen und ersetzen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::GraphLayout</name>
    <message>
        <source>Graph layout: %1 node sizes for %2 nodes</source>
        <translation>Graph-Layout: %1 Knotengrößen für %2 Knoten</translation>
    </message>
    <message>
        <source>Graphviz could not create a graph</source>
        <translation>Graphviz konnte keinen Graphen anlegen</translation>
    </message>
    <message>
        <source>Graphviz could not create node %1</source>
        <translation>Graphviz konnte den Knoten %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Graph layout: edge %1 names an unknown node</source>
        <translation>Graph-Layout: Kante %1 nennt einen unbekannten Knoten</translation>
    </message>
    <message>
        <source>Graphviz could not create edge %1</source>
        <translation>Graphviz konnte die Kante %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the dependency graph</source>
        <translation>Graphviz konnte den Abhängigkeitsgraphen nicht anordnen</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::GraphLayouter</name>
    <message>
        <source>The graph layout was cancelled</source>
        <translation>Das Graph-Layout wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::GraphView</name>
    <message>
        <source>Dependency graph</source>
        <translation>Abhängigkeitsgraph</translation>
    </message>
    <message>
        <source>There is no graph to export.</source>
        <translation>Es gibt keinen Graphen zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot encode %1 as an image</source>
        <translation>%1 kann nicht als Bild kodiert werden</translation>
    </message>
    <message>
        <source>Services and their dependencies: solid lines are requires, dashed lines wants_info, dotted lines volumes_from. Drag from one service onto another to add a dependency (with Shift: wants_info); select a line and press Delete to remove it.</source>
        <translation>Dienste und ihre Abhängigkeiten: durchgezogene Linien sind requires, gestrichelte wants_info, gepunktete volumes_from. Ziehen Sie von einem Dienst auf einen anderen, um eine Abhängigkeit hinzuzufügen (mit Umschalt: wants_info); wählen Sie eine Linie aus und drücken Sie Entf, um sie zu entfernen.</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::HostKeyDialog</name>
    <message>
        <source>SSH host key changed</source>
        <translation>SSH-Host-Schlüssel geändert</translation>
    </message>
    <message>
        <source>Unknown SSH host key</source>
        <translation>Unbekannter SSH-Host-Schlüssel</translation>
    </message>
    <message>
        <source>&lt;b&gt;The SSH server at %1 presents another key than the one recorded in known_hosts.&lt;/b&gt; Either the server was reinstalled or its key replaced, or someone is intercepting the connection. Trust the new key only if the server&apos;s administrator confirms this fingerprint.</source>
        <translation>&lt;b&gt;Der SSH-Server unter %1 zeigt einen anderen Schlüssel als den in known_hosts gespeicherten.&lt;/b&gt; Entweder wurde der Server neu installiert oder sein Schlüssel ersetzt, oder jemand fängt die Verbindung ab. Vertrauen Sie dem neuen Schlüssel nur, wenn die Administration des Servers diesen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>The SSH server at %1 is not listed in known_hosts yet. Compare the fingerprint with the server&apos;s (&lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; on its host key) before trusting it.</source>
        <translation>Der SSH-Server unter %1 steht noch nicht in known_hosts. Vergleichen Sie den Fingerabdruck mit dem des Servers (&lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; auf seinen Host-Schlüssel), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Fingerabdruck des Schlüssels</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>&amp;Replace the key and connect</source>
        <translation>Schlüssel &amp;ersetzen und verbinden</translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Vertrauen und verbinden</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::InstanceActions</name>
    <message>
        <source>Copy Container &amp;ID</source>
        <translation>Container-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>No container of %1 is known</source>
        <translation>Kein Container von %1 bekannt</translation>
    </message>
    <message>
        <source>Copy Shell Co&amp;mmand</source>
        <translation>Shell-&amp;Befehl kopieren</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::InstanceForm</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capability</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Instance %1 of service %2</source>
        <translation>Instanz %1 des Dienstes %2</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>from service %1</source>
        <translation>vom Dienst %1</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::InstancePanels</name>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Ships</source>
        <translation>Schiffe</translation>
    </message>
    <message>
        <source>%1 (all instances)</source>
        <translation>%1 (alle Instanzen)</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::LiveState</name>
    <message>
        <source>Ship %1 answers again</source>
        <translation>Schiff %1 antwortet wieder</translation>
    </message>
    <message>
        <source>Ship %1: %2</source>
        <translation>Schiff %1: %2</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::LogsView</name>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Mitlesen</translation>
    </message>
    <message>
        <source>Keep reading new output as the container writes it</source>
        <translation>Neue Ausgaben weiterlesen, während der Container sie schreibt</translation>
    </message>
    <message>
        <source>&amp;Timestamps</source>
        <translation>&amp;Zeitstempel</translation>
    </message>
    <message>
        <source>Show when the daemon received each line</source>
        <translation>Zeigen, wann der Daemon jede Zeile empfangen hat</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>last </source>
        <translation>letzte </translation>
    </message>
    <message>
        <source> lines</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>Lines of history</source>
        <translation>Zeilen des Verlaufs</translation>
    </message>
    <message>
        <source>How many earlier lines to show before new ones</source>
        <translation>Wie viele frühere Zeilen vor den neuen gezeigt werden</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <source>stdout and stderr</source>
        <translation>stdout und stderr</translation>
    </message>
    <message>
        <source>stdout only</source>
        <translation>nur stdout</translation>
    </message>
    <message>
        <source>stderr only</source>
        <translation>nur stderr</translation>
    </message>
    <message>
        <source>Streams shown</source>
        <translation>Gezeigte Datenströme</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search the output</source>
        <translation>Die Ausgabe durchsuchen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the lines shown so far</source>
        <translation>Die bisher gezeigten Zeilen leeren</translation>
    </message>
    <message>
        <source>Container output</source>
        <translation>Container-Ausgabe</translation>
    </message>
    <message>
        <source>Logs status</source>
        <translation>Protokollstatus</translation>
    </message>
    <message>
        <source>Select an instance to see its output.</source>
        <translation>Wählen Sie eine Instanz, um ihre Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>Output of %1 (stopped).</source>
        <translation>Ausgabe von %1 (gestoppt).</translation>
    </message>
    <message>
        <source>Following %1.</source>
        <translation>%1 wird mitgelesen.</translation>
    </message>
    <message>
        <source>Reading the output of %1…</source>
        <translation>Die Ausgabe von %1 wird gelesen …</translation>
    </message>
    <message>
        <source>End of the output of %1.</source>
        <translation>Ende der Ausgabe von %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) shown.</source>
        <translation>
            <numerusform>%n Zeile gezeigt.</numerusform>
            <numerusform>%n Zeilen gezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older line(s) dropped: the view keeps the newest %1.</source>
        <translation>
            <numerusform>%n ältere Zeile verworfen: die Ansicht behält die neuesten %1.</numerusform>
            <numerusform>%n ältere Zeilen verworfen: die Ansicht behält die neuesten %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes skipped while the view caught up.</source>
        <translation>%1 Bytes übersprungen, während die Ansicht aufholte.</translation>
    </message>
    <message>
        <source>Could not read the output of %1: %2.</source>
        <translation>Die Ausgabe von %1 konnte nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::MainWindow</name>
    <message>
        <source>The dependency graph could not be laid out: %1</source>
        <translation>Der Abhängigkeitsgraph konnte nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <source>Open Environment</source>
        <translation>Umgebung öffnen</translation>
    </message>
    <message>
        <source>Maestro environments (*.yaml *.yml);;All files (*)</source>
        <translation>Maestro-Umgebungen (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file no longer loads: showing the last version that did. See Diagnostics.</source>
        <translation>Die Datei lässt sich nicht mehr laden: Angezeigt wird die letzte ladbare Fassung. Siehe Diagnosen.</translation>
    </message>
    <message>
        <source>Maestro Desktop</source>
        <translation>Maestro Desktop</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Graph exported to %1</source>
        <translation>Graph nach %1 exportiert</translation>
    </message>
    <message>
        <source>About Maestro Desktop</source>
        <translation>Über Maestro Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Maestro Desktop %1&lt;/h3&gt;&lt;p&gt;Multi-host Docker orchestration from the desktop, compatible with MaestroNG environment files.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Maestro Desktop %1&lt;/h3&gt;&lt;p&gt;Docker-Orchestrierung über mehrere Hosts vom Desktop aus, kompatibel mit MaestroNG-Umgebungsdateien.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1[*] (stale) — Maestro Desktop</source>
        <translation>%1[*] (veraltet) — Maestro Desktop</translation>
    </message>
    <message>
        <source>%1[*] — Maestro Desktop</source>
        <translation>%1[*] — Maestro Desktop</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::NewEnvironmentDialog</name>
    <message>
        <source>Local Docker (%1)</source>
        <translation>Lokales Docker (%1)</translation>
    </message>
    <message>
        <source>DOCKER_HOST (%1)</source>
        <translation>DOCKER_HOST (%1)</translation>
    </message>
    <message>
        <source>Docker context “%1” (%2)</source>
        <translation>Docker-Kontext „%1“ (%2)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <source>Docker daemon</source>
        <translation>Docker-Daemon</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>New file preview</source>
        <translation>Vorschau der neuen Datei</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Docker daemon:</source>
        <translation>&amp;Docker-Daemon:</translation>
    </message>
    <message>
        <source>&amp;Environment name:</source>
        <translation>Name der &amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Ship name:</source>
        <translation>Name des &amp;Schiffs:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>No Docker daemon found: no local socket, no DOCKER_HOST and no Docker context. Start Docker or create a context, then open this dialog again.</source>
        <translation>Kein Docker-Daemon gefunden: kein lokaler Socket, kein DOCKER_HOST und kein Docker-Kontext. Starten Sie Docker oder legen Sie einen Kontext an und öffnen Sie diesen Dialog dann erneut.</translation>
    </message>
    <message>
        <source>Not offered:
%1</source>
        <translation>Nicht angeboten:
%1</translation>
    </message>
    <message>
        <source>Contexts not offered</source>
        <translation>Nicht angebotene Kontexte</translation>
    </message>
    <message>
        <source>Choose a Docker daemon.</source>
        <translation>Wählen Sie einen Docker-Daemon.</translation>
    </message>
    <message>
        <source>The ship needs a name: letters, digits, “.”, “_” or “-”.</source>
        <translation>Das Schiff braucht einen Namen: Buchstaben, Ziffern, „.“, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>Choose where to write the file.</source>
        <translation>Wählen Sie, wohin die Datei geschrieben wird.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file or open it.</source>
        <translation>%1 gibt es schon; wählen Sie eine andere Datei oder öffnen Sie sie.</translation>
    </message>
    <message>
        <source>New environment file</source>
        <translation>Neue Umgebungsdatei</translation>
    </message>
    <message>
        <source>Environment files (*.yaml *.yml)</source>
        <translation>Umgebungsdateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::OriginBadge</name>
    <message>
        <source>Edit the anchor</source>
        <translation>Anker bearbeiten</translation>
    </message>
    <message>
        <source>Make a local copy</source>
        <translation>Lokale Kopie anlegen</translation>
    </message>
    <message>
        <source>Replace the alias by a copy of what it names, to change it here only</source>
        <translation>Den Alias durch eine Kopie des Angegebenen ersetzen, um ihn nur hier zu ändern</translation>
    </message>
    <message>
        <source>Edit the anchored value; this also changes: %1</source>
        <translation>Den verankerten Wert bearbeiten; das ändert auch: %1</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::PlanPreviewDialog</name>
    <message>
        <source>With &amp;dependencies</source>
        <translation>Mit Ab&amp;hängigkeiten</translation>
    </message>
    <message>
        <source>&amp;Ignore order</source>
        <translation>&amp;Reihenfolge ignorieren</translation>
    </message>
    <message>
        <source>&amp;Refresh images</source>
        <translation>&amp;Images aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;use existing containers</source>
        <translation>Vorhandene Container &amp;wiederverwenden</translation>
    </message>
    <message>
        <source>%1 — Plan Preview</source>
        <translation>%1 — Planvorschau</translation>
    </message>
    <message>
        <source>Instances pulled in by dependencies</source>
        <translation>Über Abhängigkeiten hinzugenommene Instanzen</translation>
    </message>
    <message>
        <source>Plan steps</source>
        <translation>Planschritte</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Schiff</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Also act on what the selection depends on (or, when stopping, on what depends on it)</source>
        <translation>Auch auf das wirken, wovon die Auswahl abhängt (oder, beim Stoppen, auf das, was von ihr abhängt)</translation>
    </message>
    <message>
        <source>Do not wait for dependencies: act on every step at once</source>
        <translation>Nicht auf Abhängigkeiten warten: alle Schritte sofort ausführen</translation>
    </message>
    <message>
        <source>Pull the image even when the ship already has it</source>
        <translation>Das Image auch dann herunterladen, wenn das Schiff es schon hat</translation>
    </message>
    <message>
        <source>Start an existing stopped container instead of re-creating it</source>
        <translation>Einen vorhandenen gestoppten Container starten, statt ihn neu zu erstellen</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Step delay</source>
        <translation>Schrittverzögerung</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
    <message>
        <source>Step &amp;delay:</source>
        <translation>Schritt&amp;verzögerung:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Hart beenden</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>%1 also acts on %2 (dependencies).</source>
        <translation>%1 wirkt auch auf %2 (Abhängigkeiten).</translation>
    </message>
    <message>
        <source>No environment is open.</source>
        <translation>Es ist keine Umgebung geöffnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot run:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Das kann nicht ausgeführt werden:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) in this order</source>
        <translation>
            <numerusform>%1: %n Schritt in dieser Reihenfolge</numerusform>
            <numerusform>%1: %n Schritte in dieser Reihenfolge</numerusform>
        </translation>
    </message>
    <message>
        <source>ships touched: %1</source>
        <translation>betroffene Schiffe: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (pulled in)</source>
        <translation>%1 (hinzugenommen)</translation>
    </message>
    <message>
        <source>Run the &amp;last version that loaded</source>
        <translation>Die &amp;letzte geladene Version ausführen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>it depends on it</source>
        <translation>es hängt davon ab</translation>
    </message>
    <message>
        <source>it depends on them</source>
        <translation>es hängt davon ab</translation>
    </message>
    <message>
        <source>they depend on it</source>
        <translation>sie hängen davon ab</translation>
    </message>
    <message>
        <source>they depend on them</source>
        <translation>sie hängen davon ab</translation>
    </message>
    <message>
        <source>Stopping %1 also stops %2 (%3).</source>
        <translation>Das Stoppen von %1 stoppt auch %2 (%3).</translation>
    </message>
    <message>
        <source>Killing %1 also kills %2 (%3).</source>
        <translation>Das harte Beenden von %1 beendet auch %2 hart (%3).</translation>
    </message>
    <message>
        <source>Restarting %1 also restarts %2 (%3).</source>
        <translation>Der Neustart von %1 startet auch %2 neu (%3).</translation>
    </message>
    <message>
        <source>Starting %1 also starts %2 (%3).</source>
        <translation>Das Starten von %1 startet auch %2 (%3).</translation>
    </message>
    <message>
        <source>the file has an error</source>
        <translation>die Datei enthält einen Fehler</translation>
    </message>
    <message>
        <source>%1 has an error</source>
        <translation>%1 enthält einen Fehler</translation>
    </message>
    <message>
        <source>line %1 has an error</source>
        <translation>Zeile %1 enthält einen Fehler</translation>
    </message>
    <message>
        <source>line %1 of %2 has an error</source>
        <translation>Zeile %1 von %2 enthält einen Fehler</translation>
    </message>
    <message>
        <source>This uses the last version that loaded; %1.</source>
        <translation>Dies verwendet die zuletzt geladene Version; %1.</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>läuft bereits</translation>
    </message>
    <message>
        <source>already stopped</source>
        <translation>bereits gestoppt</translation>
    </message>
    <message>
        <source>no container</source>
        <translation>kein Container</translation>
    </message>
    <message>
        <source>Apply Changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::RecentFilesMenu</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::RenameDialog</name>
    <message>
        <source>Rename Ship %1</source>
        <translation>Schiff %1 umbenennen</translation>
    </message>
    <message>
        <source>Rename Service %1</source>
        <translation>Dienst %1 umbenennen</translation>
    </message>
    <message>
        <source>Rename Instance %1</source>
        <translation>Instanz %1 umbenennen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Lines that change</source>
        <translation>Geänderte Zeilen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <source>Lines that change (the name and every reference to it):</source>
        <translation>Geänderte Zeilen (der Name und jeder Verweis darauf):</translation>
    </message>
    <message>
        <source>Enter the new name.</source>
        <translation>Geben Sie den neuen Namen ein.</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ReviewChangesDialog</name>
    <message>
        <source>Review changes before every save</source>
        <translation>Änderungen vor jedem Speichern prüfen</translation>
    </message>
    <message>
        <source>Review Changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Saving writes these changes to %n file(s):</source>
        <translation>
            <numerusform>Speichern schreibt diese Änderungen in %n Datei:</numerusform>
            <numerusform>Speichern schreibt diese Änderungen in %n Dateien:</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to save</source>
        <translation>Zu speichernde Änderungen</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Die Änderungen speichern</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::RunController</name>
    <message>
        <source>A run is still in progress: cancel it or wait for it to end.</source>
        <translation>Ein Lauf ist noch im Gang: brechen Sie ihn ab oder warten Sie, bis er endet.</translation>
    </message>
    <message>
        <source>Open an environment file first.</source>
        <translation>Öffnen Sie zuerst eine Umgebungsdatei.</translation>
    </message>
    <message>
        <source>Nothing to apply: no container is known to differ from the file.</source>
        <translation>Nichts anzuwenden: Von keinem Container ist bekannt, dass er von der Datei abweicht.</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::RunFeedback</name>
    <message>
        <source>Run finished</source>
        <translation>Lauf beendet</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::RunPanel</name>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>Run outcome</source>
        <translation>Ergebnis des Laufs</translation>
    </message>
    <message>
        <source>Nothing has run yet. Select instances and choose Start, Stop, … from the Run menu.</source>
        <translation>Noch ist nichts gelaufen. Wählen Sie Instanzen und dann Starten, Stoppen, … im Menü Ausführen.</translation>
    </message>
    <message>
        <source>Run steps</source>
        <translation>Schritte des Laufs</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Zei&amp;tleiste</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 von %2 Schritten</translation>
    </message>
    <message numerus="yes">
        <source>Running %1: %n step(s)…</source>
        <translation>
            <numerusform>%1 läuft: %n Schritt …</numerusform>
            <numerusform>%1 läuft: %n Schritte …</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Failed: %1 — %2</source>
        <translation>Fehlgeschlagen: %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details …</translation>
    </message>
    <message>
        <source>St&amp;op Them</source>
        <translation>Diese st&amp;oppen</translation>
    </message>
    <message>
        <source>Show the whole outcome</source>
        <translation>Das ganze Ergebnis zeigen</translation>
    </message>
    <message>
        <source>Stop these containers (the plan preview shows what it does)</source>
        <translation>Diese Container stoppen (die Planvorschau zeigt, was geschieht)</translation>
    </message>
    <message>
        <source>Run Outcome</source>
        <translation>Ergebnis des Laufs</translation>
    </message>
    <message>
        <source>Started, but their checks failed: %1. Their containers may still run.</source>
        <translation>Gestartet, aber ihre Prüfungen sind fehlgeschlagen: %1. Ihre Container laufen womöglich noch.</translation>
    </message>
    <message>
        <source>Re&amp;move Them</source>
        <translation>Diese &amp;entfernen</translation>
    </message>
    <message>
        <source>Stop these containers, then remove them (each plan preview shows what it does)</source>
        <translation>Diese Container stoppen, dann entfernen (jede Planvorschau zeigt, was geschieht)</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ScalarField</name>
    <message>
        <source>Override here</source>
        <translation>Hier überschreiben</translation>
    </message>
    <message>
        <source>Set the inherited value here, to change it for this one only</source>
        <translation>Den geerbten Wert hier setzen, um ihn nur hier zu ändern</translation>
    </message>
    <message>
        <source>overridden in %1</source>
        <translation>überschrieben in %1</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ScreenshotDriver</name>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>Das Bildschirmfoto %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ServiceForm</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ServiceNodeItem</name>
    <message numerus="yes">
        <source>Service %1: %n instance(s)</source>
        <translation>
            <numerusform>Dienst %1: %n Instanz</numerusform>
            <numerusform>Dienst %1: %n Instanzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ShipForm</name>
    <message>
        <source>Ship %1</source>
        <translation>Schiff %1</translation>
    </message>
    <message>
        <source>from ship_defaults</source>
        <translation>aus ship_defaults</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ShipsPanel</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test &amp;All Ships</source>
        <translation>&amp;Alle Schiffe testen</translation>
    </message>
    <message>
        <source>Ships</source>
        <translation>Schiffe</translation>
    </message>
    <message>
        <source>Test how the selected ship is reached, step by step</source>
        <translation>Schritt für Schritt testen, wie das ausgewählte Schiff erreicht wird</translation>
    </message>
    <message>
        <source>Test every ship in the background</source>
        <translation>Alle Schiffe im Hintergrund testen</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::StructureActions</name>
    <message>
        <source>Add a ship (a Docker host) to the file</source>
        <translation>Der Datei ein Schiff (einen Docker-Host) hinzufügen</translation>
    </message>
    <message>
        <source>Add a service to the file</source>
        <translation>Der Datei einen Dienst hinzufügen</translation>
    </message>
    <message>
        <source>Add an instance to the selected service</source>
        <translation>Dem ausgewählten Dienst eine Instanz hinzufügen</translation>
    </message>
    <message>
        <source>Copy the selected instance under the next free name, with free host ports</source>
        <translation>Die ausgewählte Instanz unter dem nächsten freien Namen kopieren, mit freien Host-Ports</translation>
    </message>
    <message>
        <source>Rename the selected ship, service or instance and every reference to it</source>
        <translation>Das ausgewählte Schiff, den Dienst oder die Instanz umbenennen, mit jedem Verweis darauf</translation>
    </message>
    <message>
        <source>Delete the selected ship, service or instance</source>
        <translation>Das ausgewählte Schiff, den Dienst oder die Instanz löschen</translation>
    </message>
    <message>
        <source>the ship %1</source>
        <translation>das Schiff %1</translation>
    </message>
    <message numerus="yes">
        <source>the service %1 with its %n instance(s)</source>
        <translation>
            <numerusform>der Dienst %1 mit seiner %n Instanz</numerusform>
            <numerusform>der Dienst %1 mit seinen %n Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <source>the instance %1</source>
        <translation>die Instanz %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cannot delete %1: other parts of the file refer to it.</source>
        <translation>Nicht löschbar: %1. Andere Teile der Datei verweisen darauf.</translation>
    </message>
    <message>
        <source>Remove or change these references first, then delete it:</source>
        <translation>Entfernen oder ändern Sie zuerst diese Verweise und löschen Sie danach erneut:</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Soll %1 gelöscht werden?</translation>
    </message>
    <message>
        <source>Nothing else in the file refers to it. Its lines are removed from the file; Undo brings them back.</source>
        <translation>Nichts sonst in der Datei verweist darauf. Die zugehörigen Zeilen werden aus der Datei entfernt; Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Add S&amp;hip…</source>
        <translation>Sc&amp;hiff hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Service…</source>
        <translation>&amp;Dienst hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Instance…</source>
        <translation>&amp;Instanz hinzufügen…</translation>
    </message>
    <message>
        <source>Du&amp;plicate Instance</source>
        <translation>Instanz dupli&amp;zieren</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::StructureNames</name>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A name consists of letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot; and starts with a letter or a digit.</source>
        <translation>Ein Name besteht aus Buchstaben, Ziffern, „_“, „.“ und „-“ und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>There is already a ship called %1.</source>
        <translation>Es gibt bereits ein Schiff namens %1.</translation>
    </message>
    <message>
        <source>There is already a service called %1.</source>
        <translation>Es gibt bereits einen Dienst namens %1.</translation>
    </message>
    <message>
        <source>There is already an instance called %1.</source>
        <translation>Es gibt bereits eine Instanz namens %1.</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::TableField</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Override here</source>
        <translation>Hier überschreiben</translation>
    </message>
    <message>
        <source>Set the inherited row here, to change it for this one only</source>
        <translation>Die geerbte Zeile hier setzen, um sie nur hier zu ändern</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::TimelineView</name>
    <message>
        <source>Run timeline</source>
        <translation>Zeitleiste des Laufs</translation>
    </message>
    <message>
        <source>No run yet: the timeline of the last run is shown here.</source>
        <translation>Noch kein Lauf: hier erscheint die Zeitleiste des letzten Laufs.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::YamlViewDialog</name>
    <message>
        <source>Environment file</source>
        <translation>Umgebungsdatei</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to show</source>
        <translation>%1 ist zu groß für die Anzeige</translation>
    </message>
    <message>
        <source>File view notice</source>
        <translation>Hinweis der Dateiansicht</translation>
    </message>
    <message>
        <source>%1 — showing the text as it was.</source>
        <translation>%1 — der Text wird so gezeigt, wie er war.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The file has changed and the problem this view pointed at (%1) is no longer reported.</source>
        <translation>Die Datei hat sich geändert, und das Problem, auf das diese Ansicht zeigte (%1), wird nicht mehr gemeldet.</translation>
    </message>
    <message>
        <source>the last load did not read it</source>
        <translation>der letzte Ladevorgang hat sie nicht gelesen</translation>
    </message>
    <message>
        <source>Go to Line…</source>
        <translation>Gehe zu Zeile …</translation>
    </message>
    <message>
        <source>Problems in this file</source>
        <translation>Probleme in dieser Datei</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen …</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen …</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Zeile:</translation>
    </message>
</context>
<context>
    <name>Maestro::Models::DiagnosticsModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1 (bei %2)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Maestro::Models::EnvironmentTreeModel</name>
    <message numerus="yes">
        <source>%1 of %n running</source>
        <translation>
            <numerusform>%1 von %n läuft</numerusform>
            <numerusform>%1 von %n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ship %1: %n instance(s)</source>
        <translation>
            <numerusform>Schiff %1: %n Instanz</numerusform>
            <numerusform>Schiff %1: %n Instanzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service %1: %n instance(s)</source>
        <translation>
            <numerusform>Dienst %1: %n Instanz</numerusform>
            <numerusform>Dienst %1: %n Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ship %1</source>
        <translation>Schiff %1</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>Declared at %1</source>
        <translation>Deklariert in %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Schiff</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>keine Prüfungen</translation>
    </message>
    <message>
        <source>%1 (differs from the file)</source>
        <translation>%1 (weicht von der Datei ab)</translation>
    </message>
    <message>
        <source>The container differs from the file: %1</source>
        <translation>Der Container weicht von der Datei ab: %1</translation>
    </message>
</context>
<context>
    <name>Maestro::Models::FormTableModel</name>
    <message>
        <source>overridden in %1</source>
        <translation>überschrieben in %1</translation>
    </message>
    <message>
        <source>Overridden in</source>
        <translation>Überschrieben in</translation>
    </message>
</context>
<context>
    <name>Maestro::Models::FormTables</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host address</source>
        <translation>Host-Adresse</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Im Container</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>host %1 → container %2/%3</source>
        <translation>Host %1 → Container %2/%3</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Host path</source>
        <translation>Host-Pfad</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Schiff</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Weich</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hart</translation>
    </message>
</context>
<context>
    <name>Maestro::Models::InstanceDetailsModel</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Schiff</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation>Netzwerkmodus</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilegiert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Stop timeout</source>
        <translation>Stopp-Zeitlimit</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared at</source>
        <translation>Deklariert in</translation>
    </message>
    <message>
        <source>%1:%2 → %3</source>
        <translation>%1:%2 → %3</translation>
    </message>
    <message>
        <source>container volume</source>
        <translation>Container-Volume</translation>
    </message>
    <message>
        <source>volumes from</source>
        <translation>Volumes von</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Lifecycle checks</source>
        <translation>Lebenszyklus-Prüfungen</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Container ID</source>
        <translation>Container-ID</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>Image-ID</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>Process ID</source>
        <translation>Prozess-ID</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>not inspected</source>
        <translation>nicht untersucht</translation>
    </message>
    <message>
        <source>inspecting…</source>
        <translation>wird untersucht …</translation>
    </message>
    <message>
        <source>no container on the ship</source>
        <translation>kein Container auf dem Schiff</translation>
    </message>
    <message>
        <source>could not inspect: %1</source>
        <translation>Untersuchung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>none: the container matches the configuration</source>
        <translation>keine: der Container entspricht der Konfiguration</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from the configuration</source>
        <translation>
            <numerusform>%n Abweichung von der Konfiguration</numerusform>
            <numerusform>%n Abweichungen von der Konfiguration</numerusform>
        </translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>%1 (differs from the container)</source>
        <translation>%1 (weicht vom Container ab)</translation>
    </message>
    <message>
        <source>Configured</source>
        <translation>Konfiguriert</translation>
    </message>
</context>
<context>
    <name>Maestro::Models::InstanceInspection</name>
    <message>
        <source>no instance %1 in the environment</source>
        <translation>keine Instanz %1 in der Umgebung</translation>
    </message>
</context>
<context>
    <name>Maestro::Models::InstanceState</name>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>kein Container</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>exited (%1)</source>
        <translation>beendet (%1)</translation>
    </message>
    <message>
        <source>host down</source>
        <translation>Host offline</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>keine Prüfungen</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>prüft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Gestartet am %1</translation>
    </message>
    <message>
        <source>%1, check failed</source>
        <translation>%1, Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped (killed after %1 s timeout)</source>
        <translation>gestoppt (nach %1 s Zeitlimit hart beendet)</translation>
    </message>
</context>
<context>
    <name>Maestro::Models::LifecycleChecksModel</name>
    <message>
        <source>tcp, http, exec, rexec or sleep</source>
        <translation>tcp, http, exec, rexec oder sleep</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Port, command or seconds</source>
        <translation>Port, Befehl oder Sekunden</translation>
    </message>
    <message>
        <source>Tries up to</source>
        <translation>Versucht bis zu</translation>
    </message>
    <message>
        <source>Other options</source>
        <translation>Weitere Optionen</translation>
    </message>
</context>
<context>
    <name>Maestro::Models::LogBufferModel</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>stderr: %1</source>
        <translation>stderr: %1</translation>
    </message>
    <message>
        <source>stderr, %1</source>
        <translation>stderr, %1</translation>
    </message>
    <message>
        <source>stdout, %1</source>
        <translation>stdout, %1</translation>
    </message>
    <message>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
</context>
<context>
    <name>Maestro::Models::RunModel</name>
    <message>
        <source>waiting for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>attempt %1/%2</source>
        <translation>Versuch %1/%2</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>%1 %2, %3 s of %4 s</source>
        <translation>%1 %2, %3 s von %4 s</translation>
    </message>
    <message>
        <source>%1 %2, %3 s</source>
        <translation>%1 %2, %3 s</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>pulling</source>
        <translation>lädt herunter</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>wird erstellt</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>prüft</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>stoppt</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>wird entfernt</translation>
    </message>
    <message>
        <source>working</source>
        <translation>arbeitet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Schiff</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1; last error: %2</source>
        <translation>%1; letzter Fehler: %2</translation>
    </message>
    <message>
        <source>%1
Last error: %2</source>
        <translation>%1
Letzter Fehler: %2</translation>
    </message>
</context>
<context>
    <name>Maestro::Models::ShipsModel</name>
    <message>
        <source>testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>wird getestet …</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>unknown host key</source>
        <translation>unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>host key changed</source>
        <translation>Host-Schlüssel geändert</translation>
    </message>
    <message>
        <source>SSH error</source>
        <translation>SSH-Fehler</translation>
    </message>
    <message>
        <source>Docker API error</source>
        <translation>Docker-API-Fehler</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>SSH authentication</source>
        <translation>SSH-Authentifizierung</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Schiff</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>answers (live state)</source>
        <translation>antwortet (Live-Zustand)</translation>
    </message>
    <message>
        <source>host down</source>
        <translation>Host offline</translation>
    </message>
    <message>
        <source>Last test: %1 (%2)</source>
        <translation>Letzter Test: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Maestro::Orchestration::Plan</name>
    <message>
        <source>start order</source>
        <translation>Startreihenfolge</translation>
    </message>
    <message>
        <source>stop order</source>
        <translation>Stoppreihenfolge</translation>
    </message>
    <message>
        <source>Plan for %1 (%2): nothing to do.</source>
        <translation>Plan für %1 (%2): nichts zu tun.</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>dependent</source>
        <translation>abhängige Instanz</translation>
    </message>
    <message numerus="yes">
        <source>Plan for %1 (%2): %n step(s)</source>
        <translation>
            <numerusform>Plan für %1 (%2): %n Schritt</numerusform>
            <numerusform>Plan für %1 (%2): %n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pulled in as dependencies</source>
        <translation>
            <numerusform>%n als Abhängigkeit hinzugenommen</numerusform>
            <numerusform>%n als Abhängigkeiten hinzugenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pulled in as dependents</source>
        <translation>
            <numerusform>%n als abhängige Instanz hinzugenommen</numerusform>
            <numerusform>%n als abhängige Instanzen hinzugenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>SHIP</source>
        <translation>SCHIFF</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>AUFGABE</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>WAITS FOR</source>
        <translation>WARTET AUF</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>Step %1 of the plan has no instance name</source>
        <translation>Schritt %1 des Plans hat keinen Instanznamen</translation>
    </message>
    <message>
        <source>Instance %1 appears more than once in the plan</source>
        <translation>Instanz %1 kommt mehrmals im Plan vor</translation>
    </message>
    <message>
        <source>Instance %1 waits for %2, which is not part of the plan</source>
        <translation>Instanz %1 wartet auf %2, das nicht Teil des Plans ist</translation>
    </message>
    <message>
        <source>Dependency cycle in the plan: %1 (each instance waits for the next)</source>
        <translation>Abhängigkeitszyklus im Plan: %1 (jede Instanz wartet auf die nächste)</translation>
    </message>
</context>
<context>
    <name>Maestro::Orchestration::PlanRunner</name>
    <message>
        <source>No task to run</source>
        <translation>Keine Aufgabe auszuführen</translation>
    </message>
    <message>
        <source>not started: %1</source>
        <translation>nicht gestartet: %1</translation>
    </message>
    <message>
        <source>cancelled by user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>not started: cancelled by user</source>
        <translation>nicht gestartet: vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>aborted by user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>not started: aborted by user</source>
        <translation>nicht gestartet: vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>not started: the run was stopped</source>
        <translation>nicht gestartet: der Lauf wurde gestoppt</translation>
    </message>
    <message>
        <source>not started: %1 failed</source>
        <translation>nicht gestartet: %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>queued...</source>
        <translation>eingereiht...</translation>
    </message>
    <message>
        <source>waiting for %1...</source>
        <translation>warte auf %1...</translation>
    </message>
    <message>
        <source>abandoned while running</source>
        <translation>während der Ausführung aufgegeben</translation>
    </message>
    <message>
        <source>Unexpected exception in the task: %1</source>
        <translation>Unerwartete Ausnahme in der Aufgabe: %1</translation>
    </message>
    <message>
        <source>Unexpected exception in the task</source>
        <translation>Unerwartete Ausnahme in der Aufgabe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Maestro Desktop</source>
        <translation>Maestro Desktop</translation>
    </message>
    <message>
        <source>Stale environment warning</source>
        <translation>Warnung: veraltete Umgebung</translation>
    </message>
    <message>
        <source>Filter instances, services, ships…</source>
        <translation>Instanzen, Dienste, Schiffe filtern …</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation>Abhängigkeitsgraph</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>Double-click a diagnostic to see its line in the file</source>
        <translation>Doppelklick auf eine Diagnose zeigt ihre Zeile in der Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open an environment file</source>
        <translation>Eine Umgebungsdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Load the environment file again</source>
        <translation>Die Umgebungsdatei erneut laden</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Show File</source>
        <translation>&amp;Datei anzeigen</translation>
    </message>
    <message>
        <source>Show the environment file, read-only</source>
        <translation>Die Umgebungsdatei schreibgeschützt anzeigen</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>&amp;Export Graph…</source>
        <translation>Graph &amp;exportieren …</translation>
    </message>
    <message>
        <source>Save the dependency graph as PNG or SVG</source>
        <translation>Den Abhängigkeitsgraphen als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Group by &amp;Service</source>
        <translation>Nach &amp;Dienst gruppieren</translation>
    </message>
    <message>
        <source>Group instances by service instead of by ship</source>
        <translation>Instanzen nach Dienst statt nach Schiff gruppieren</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern …</translation>
    </message>
    <message>
        <source>Filter the environment tree</source>
        <translation>Den Umgebungsbaum filtern</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Graph</source>
        <translation>Graph ein&amp;passen</translation>
    </message>
    <message>
        <source>Show the whole dependency graph</source>
        <translation>Den ganzen Abhängigkeitsgraphen zeigen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;About Maestro Desktop</source>
        <translation>Ü&amp;ber Maestro Desktop</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Run panel</source>
        <translation>Ausführungsbereich</translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Starten …</translation>
    </message>
    <message>
        <source>Start the selected instances, services or ships (the whole environment when nothing is selected)</source>
        <translation>Die ausgewählten Instanzen, Dienste oder Schiffe starten (die ganze Umgebung, wenn nichts ausgewählt ist)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>S&amp;toppen …</translation>
    </message>
    <message>
        <source>Stop the selection (the whole environment when nothing is selected)</source>
        <translation>Die Auswahl stoppen (die ganze Umgebung, wenn nichts ausgewählt ist)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation>&amp;Neu starten …</translation>
    </message>
    <message>
        <source>Restart the selection</source>
        <translation>Die Auswahl neu starten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation>&amp;Hart beenden …</translation>
    </message>
    <message>
        <source>Kill the selection</source>
        <translation>Die Auswahl hart beenden (SIGKILL)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Pull Images…</source>
        <translation>Images herunter&amp;laden …</translation>
    </message>
    <message>
        <source>Pull the images of the selection</source>
        <translation>Die Images der Auswahl herunterladen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>C&amp;lean…</source>
        <translation>&amp;Aufräumen …</translation>
    </message>
    <message>
        <source>Remove the stopped containers of the selection</source>
        <translation>Die gestoppten Container der Auswahl entfernen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Start nothing new and stop the running steps</source>
        <translation>Nichts Neues starten und die laufenden Schritte stoppen</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Refresh &amp;State</source>
        <translation>&amp;Zustand aktualisieren</translation>
    </message>
    <message>
        <source>Ask every ship for its containers now</source>
        <translation>Jedes Schiff jetzt nach seinen Containern fragen</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Run the lifecycle checks of the selected running instances once (the whole environment when nothing is selected)</source>
        <translation>Die Lebenszyklus-Prüfungen der ausgewählten laufenden Instanzen einmal ausführen (die ganze Umgebung, wenn nichts ausgewählt ist)</translation>
    </message>
    <message>
        <source>Ask the running containers of the selection whether their checks pass now</source>
        <translation>Die laufenden Container der Auswahl fragen, ob ihre Prüfungen jetzt bestehen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Write a new environment file whose first ship is one of your Docker daemons</source>
        <translation>Eine neue Umgebungsdatei schreiben, deren erstes Schiff einer Ihrer Docker-Daemons ist</translation>
    </message>
    <message>
        <source>&amp;Apply Changes…</source>
        <translation>Änderungen &amp;anwenden…</translation>
    </message>
    <message>
        <source>Restart the containers that differ from the file, in dependency order, so that they run what the file says now</source>
        <translation>Die Container, die von der Datei abweichen, in der Reihenfolge der Abhängigkeiten neu starten, damit sie ausführen, was die Datei jetzt sagt</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
</context>
</TS>
