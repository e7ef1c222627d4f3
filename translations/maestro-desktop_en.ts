<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Maestro</name>
    <message>
        <source>the template needs too much work to render (more than %1 steps); is a loop too large?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() takes at most %2 argument(s) (%3 given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() got an unexpected keyword argument &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() got multiple values for argument &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() missing required argument &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slice indices must be integers or None, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no attribute &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slice step cannot be zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not subscriptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhashable type: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inline if expression evaluated to false and has no else part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the function &apos;%1()&apos; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not callable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression nested too deeply (more than %1 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty subscript &apos;[]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;*args&apos; and &apos;**kwargs&apos; arguments are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional argument follows keyword argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; object has no attribute &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace() count must be an integer, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>int() base must be &gt;= 2 and &lt;= 36</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot convert float %1 to integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer result does not fit in 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad operand type for abs(): &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no first item, the sequence was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no last item, the sequence was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can only get item pairs from a mapping, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format() with keyword arguments is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no filter named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range() takes no keyword arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range expected 1 to 3 arguments, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; object cannot be interpreted as an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range() arg 3 must not be zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range() would have %1 items, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() takes at most 1 positional argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() needs a dict as its positional argument, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot unpack non-iterable %1 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many values to unpack (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough values to unpack (expected %1, got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot assign attribute &apos;%1&apos; on &apos;%2&apos;: it is not a namespace() object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an include needs a template name (a string), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an include needs at least one template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>includes nested too deeply (more than %1 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing end of comment tag &apos;#}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;{% endraw %}&apos; for this raw block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of template: missing &apos;%}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of template: missing &apos;}}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;, expected &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated \%1 escape in string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \%1 escape in string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template &apos;%1&apos; not found in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included file &apos;%1&apos; is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read included file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included file &apos;%1&apos; is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; object has no supported method &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 first arg must be str or a tuple of str, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace() arguments must be str</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence item: expected str instance, %1 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be str, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pop from empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pop index out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update expected at most 1 argument, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dict.update() needs a dict, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported operand type(s) for %1: &apos;%2&apos; and &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0 cannot be raised to a negative power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative number cannot be raised to a fractional power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; not supported between instances of &apos;%2&apos; and &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result would be larger than %1 characters or items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list or dict would have more than %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad operand type for unary %1: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;in &lt;string&gt;&apos; requires string as left operand, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument of type &apos;%1&apos; is not iterable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; object is not iterable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object of type &apos;%1&apos; has no len()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rendered text is larger than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1, expected &apos;}}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of template: the &apos;%1&apos; block opened at line %2, column %3 needs %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a tag name after &apos;{%&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks nested too deeply (more than %1 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &apos;{% %1 %}&apos; tag is not supported (supported tags: if, for, set, with, include, raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected tag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected tag &apos;%1&apos;: the innermost open block is &apos;%2&apos; (line %3, column %4), which needs %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1, expected the end of the tag &apos;%}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot assign to %1, expected a variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1, expected &apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1, expected &apos;in&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recursive loops are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1, expected &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1, expected &apos;,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1, expected a variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width or precision too large in format string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format specifier missing precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid or unsupported format specifier &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format code &apos;%1&apos; for object of type &apos;float&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%c arg not in range(0x110000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format code &apos;s&apos; for object of type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format code &apos;%1&apos; for object of type &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format code &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown conversion specifier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single &apos;}&apos; encountered in format string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single &apos;{&apos; encountered in format string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested replacement fields are not supported in format strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of string while looking for conversion specifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after conversion specifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch from manual field specification to automatic field numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch from automatic field numbering to manual field specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format field &apos;{%1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacement index %1 out of range for positional args tuple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format string refers to the missing argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete format key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format requires a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format key &apos;%1&apos; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough arguments for format string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%%%1 format: a real number is required, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot convert float infinity or NaN to integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not all arguments converted during string formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divisibleby needs an integer, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no test named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be str or None, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: an earlier step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ship has no endpoint (host name or address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up %1 timed out after %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, certificate of %2 issued by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH login to %1 did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged in as %1 on %2; forwarding to %3 works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake with %1 through the SSH tunnel did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ship &apos;%1&apos; (%2): the daemon did not answer GET /version within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1, API %2 (oldest supported %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run the credential helper %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential helper %1 did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential helper %1 found no credentials for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: the Docker client was shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon sent malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon returned no container ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oversized wait response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon&apos;s wait response has no StatusCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon returned no exec ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull of image %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: the client was shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ship &apos;%1&apos; (%2): %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing SSH user for ship %1 tunnel configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon reported no usable ApiVersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (while negotiating the API version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed while opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed HTTP response: line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed HTTP response: headers larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed HTTP response: chunk not followed by CRLF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed HTTP response: bad status line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed HTTP response: unsupported HTTP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed HTTP response: bad status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed HTTP response: bad header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed HTTP response: bad Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed HTTP response: chunk size too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed HTTP response: bad chunk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed in the middle of the response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed before a complete response arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid image reference &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad registry name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no repository name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad repository name component &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON stream: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON stream: object larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON stream ended in the middle of an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect: no socket at %1 (is the daemon running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect: connection refused at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect: permission denied on %1 (docker group?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket operation timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed multiplexed output stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output stream ended in the middle of a frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no host key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the SSH key %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH connection to %1 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH connection to %1 timed out after %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to SSH server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the host key of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH host key of %1 is unknown (%2); not trusted. Trust it to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH host key of %1 has CHANGED (now %2); refusing to connect: someone may be intercepting the connection, or the host was reinstalled. Remove the old key from known_hosts if you trust the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the SSH host key of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is protected by a passphrase and none was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase, or not a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable OpenSSH or PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load the SSH key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH authentication as %1 on %2 with the key %3 was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH authentication as %1 on %2 through ssh-agent failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create an SSH channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH connection to %1 lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH server %1 refused to forward to the daemon: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH channel write failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH channel error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tunnel closed before the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a socket pair for TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the TLS socket pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 through the SSH tunnel failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ship &apos;%1&apos; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the %1 file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported ssl_version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls needs both tls_cert and tls_key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS certificate %1 is not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS key %1 is not a PEM RSA or EC private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS CA file %1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditor type %1 is not supported; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 auditor: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response does not match %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still running after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown check type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the container exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a service nor a container!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plan command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing configuration...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulling image %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> got %1; retrying in 1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error starting container!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking service...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed pre-start lifecycle checks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing container %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating container from %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting container %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for initialization...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container did not start!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container status could not be obtained after start!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for service...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is no longer running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halting start sequence because %1 (on %2) failed to start! %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking container...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed pre-stop lifecycle checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killing the service...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping service...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed killed lifecycle checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed stopped lifecycle checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1s before starting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: configured %2, container has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit script %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit script %1 did not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit script %1 failed with status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 lifecycle check %2 of %3 failed after %n attempt(s) in %4 s: %5</source>
        <translation>
            <numerusform>%1 lifecycle check %2 of %3 failed after %n attempt in %4 s: %5</numerusform>
            <numerusform>%1 lifecycle check %2 of %3 failed after %n attempts in %4 s: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 during the %3 lifecycle checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1 (%2, attempt %3)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_wait is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event stream was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No services or containers specified for %1, and --all not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to %1 as %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not run (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ship %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing webhook endpoint!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid HTTP method %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook %1: no answer within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1m%2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1h%2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1d%2h%3m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be inspected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be inspected during the %2 lifecycle checks: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Docker context: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Docker context needs a Name and a docker endpoint Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: context %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a user and a host (ssh://user@host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 transport is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCKER_HOST: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGTERM sent, killed after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped (killed after %1 s timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::App</name>
    <message>
        <source>See and operate multi-host Docker environments described by maestro.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the translation for &lt;language&gt; (e.g. de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the tree by &quot;ship&quot; or &quot;service&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;png&gt; once the file is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &lt;instance&gt; after loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: picture the file view at diagnostic &lt;row&gt; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size as WIDTHxHEIGHT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: wait &lt;ms&gt; after the file is shown (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the file is shown, preview &lt;command&gt; (start, stop, restart, kill, pull, clean) for the --select instance, or the whole environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --run: run the plan without waiting for a click on Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the timeline when the run ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --screenshot-at moment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a panel to the front: diagnostics, run, logs, details or ships (may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the file is shown, run the checks of the running instances (Check Now) for the --select instance, or the whole environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --run command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the file is shown, open Rename for &lt;kind:name=new&gt; (e.g. service:redis=cache) with the new name typed; --screenshot pictures its preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind:name=new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --rename-preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: take it when the file is shown (&quot;loaded&quot;), at the plan preview (&quot;preview&quot;), while a check runs (&quot;checking&quot;), when the run ends (&quot;finished&quot;) or of Save&apos;s review of the --edit changes (&quot;review&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the file is shown, set &lt;path=value&gt; as a form would (e.g. services.web.env.A=b; the value in YAML flow syntax), unsaved; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the file is shown, select the graph&apos;s first dependency line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --show-diagnostic: hover over the diagnostic, so that the picture shows its tooltip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Core::Dependencies</name>
    <message>
        <source>%1 requires %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants_info %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has volumes_from on %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve dependencies for containers %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a service but --expand-services was not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a service nor a container!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Core::Edit</name>
    <message>
        <source>an environment lookup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template expression %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is produced by %2, which an edit does not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written in a template loop body (or an include) rendered more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spans template tags, which an edit does not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited file would not be valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit would also change %1; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid path &apos;%1&apos; at character %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only \&quot; and \\ may follow a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted key is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote a key holding &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [N] with N a number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;.&apos; or &apos;[&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes through the alias *%2 of the anchor &amp;%2 at %3 (also used at: %4); use --alias=anchor to edit the anchored node or --alias=copy to replace the alias by an edited copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference at %1 renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also changes %1 (alias at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid VALUE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now set in its own mapping, over what the merge key (&lt;&lt;) gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now an edited copy of what the alias named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the sequence item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot locate %1 in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a key &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since it was read, or is not UTF-8; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rendered document does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes from a merge key (&lt;&lt;) of the mapping at %2; use --alias=copy to give the mapping its own edited copy, or --alias=anchor to edit the anchored mapping it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no item %2 (its length is %3): a new item goes before an existing one, or at %3 to append it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also changes %1 (merge at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no sequence item ([N] at its end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requires and wants_info can be changed here; volumes_from is written on the instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service %1 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 holds neither a service name nor a list of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already lists %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not list %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be a cycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Core::Grammar</name>
    <message>
        <source>Invalid size %1 for container %2; expected an integer number of bytes, optionally followed by k, m or g!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit suffix %1 in %2 for container %3!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid type for %1 param: expected %2 but found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid labels configuration for container %1; must be a list or mapping! </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid links configuration for container %1; expected a mapping of container names to aliases, got %2!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid alias %1 for link %2 of container %3!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid command %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid command %1; expected a string or a list, got %2!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read environment file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read environment file %1: it is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid line in environment file %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid extra_hosts configuration for container %1; expected a mapping of host names, got %2!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ship %1 for extra host %2 of container %3!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing required option %1 in %2 lifecycle check of %3!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %1 %2 in %3 lifecycle check of %4; expected %5!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is not TCP!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 of %2 is the range %3; a %4 lifecycle check needs a single port!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is not defined by %2!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1 in http lifecycle check of %2; expected one of %3!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad regex for HttpRequestLifecycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing required option command in %1 lifecycle check of %2; found cmd, did you mean command?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid command %1 in %2 lifecycle check of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid lifecycle check %1 for %2; expected a mapping with a type!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing type in lifecycle check of %1; expected one of %2!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown lifecycle check type %1 for %2; expected one of %3!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid lifecycle configuration; expected a mapping of states to lists of checks, got %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %1 lifecycle checks configuration; expected list of checks, got %2!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log_driver must be one of (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log_opt must be a dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port specification %1! Expected format is &lt;port&gt;, &lt;p1&gt;-&lt;p2&gt; or &lt;port&gt;/{tcp,udp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port spec %1 for port %2 of %3 (on %4)!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port number %1 in %2; ports are 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port range in %1: range %2 is reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port spec %1: the exposed range %2 and the external range %3 differ in length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port spec %1 for port %2 of %3 (on %4)! Format should be &quot;name: external:exposed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatched protocols between %1 and %2!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid retry configuration for registry %1; expected a mapping with attempts and when!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid retry attempts %1 for registry %2; expected a number!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid retry status code %1 for registry %2; expected an HTTP status such as 500!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid configuration for registry %1; expected a mapping, got %2!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing registry URL for registry %1; set registry: https://host/v1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid registries configuration; expected a mapping of registry names, got %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid restart policy format for container %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid restart policy %1 for container %2; choose one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid restart policy format for container %1: &quot;%2&quot;; the retry count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid restart policy format for container %1: &quot;%2&quot;; only on-failure takes a retry count (Docker refuses retries for %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulimit.%1 must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ulimits configuration; expected a mapping of limit names, got %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ulimit.soft must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid volume specification for container %1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid volumes configuration for container %1; expected a mapping, got %2!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid container_volumes entry %1; expected a path or a list of paths!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port name or 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http or https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>env or stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escaped character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closing quotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Core::Model</name>
    <message>
        <source>Missing audit log filename!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing webhook endpoint!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing Slack channel name!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing Slack bot token!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing HipChat room name!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing HipChat API token!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing script to execute!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing arguments for the exec auditor (args)!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit must be a list of auditors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an auditor must be a mapping with a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown auditor type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid audit level %1; choose info or debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid HTTP method %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, not %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported by MaestroNG and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 is ignored; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__maestro must be a mapping such as {schema: 2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service dependency %1 defined on %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown container %1 to get volumes from for %2!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 must be on the same host for volumes_from declaration in %2!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume conflicts between %1 and %2: %3!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 both produce the variable %3; one overwrites the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment file must be a mapping (with name, ships and services), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error reading environment description file %1: %2!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment description file %1 not found!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid environment configuration for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1 must be a mapping with at least ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1 is on unknown ship %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is read as the number %2 (YAML 1.1 base 60); quote it: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict in %1 between bind-mounted volume and container-only volume on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cmd is deprecated; use command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lxc_conf must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security_opt must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only read on instances; on a service it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 must be a mapping with image and instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instances of service %1 must be a mapping of instance names to instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 has no instances mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service instance %1 is already defined in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api_version %1 is read as the number %2 (YAML 1.1); quote it: api_version: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh_tunnel of ship %1 must be a mapping with user, key and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing SSH user for ship %1 tunnel configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required on ship %2 because tls is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file %2 of ship %3 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ship %1 must be a mapping with at least ip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh_timeout does not exist in MaestroNG and is ignored; timeout applies to every connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ship provider %1! Available providers: static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ships is missing: the static ship provider needs a ships mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ships must be a mapping of ship names to ships</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Core::Provenance</name>
    <message>
        <source>from the template expression %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the environment lookup %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the loop at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from template text at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the anchor &amp;%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged from the anchor &amp;%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Core::Yaml</name>
    <message>
        <source>found duplicate key (%1); first defined at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found unhashable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping for merging, but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping or list of mappings for merging, but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer %1 does not fit in 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a %1 node, but found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not determine a constructor for the tag &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the end of the document, but found more content (is this line indented correctly?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found duplicate anchor &apos;%1&apos;; first occurrence at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not find expected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the node content, but found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found recursive alias *%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found unexpected end of stream while scanning a quoted scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document expands to more than %1 nodes (are aliases nested too deeply?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is nested too deeply (%1 levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory while parsing YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML parser failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML parser failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value cannot start another `key:` on the same line (line %1); put the key on a line of its own, or quote the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (`%2`) is neither `key: value` nor a list item, so line %3 is read as more of its text; is a colon missing after `%2`?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the indentation breaks at line %1: `%2` starts in column %3, right of line %4 (`%5`, column %6), which already has a value, so `%2` is read as more of that value; indent `%2` like the keys it belongs with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::AddDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address (ip):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. nginx:1.25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ship&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the service&apos;s image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance needs a service and a ship.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ConnectionTestDialog</name>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the host key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::Dependents</name>
    <message>
        <source>instance %1 uses the volumes of %2 (volumes_from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1 links to %2 (links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1 of service %2 runs on it (ship)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 requires it (requires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 wants its information (wants_info)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::DetailsPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the container again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inspection was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an instance to see its configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: configuration (the container was not inspected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: inspecting the container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ship has no such container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the container matches the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the container differs from the configuration in %n place(s).</source>
        <translation>
            <numerusform>%1: the container differs from the configuration in %n place.</numerusform>
            <numerusform>%1: the container differs from the configuration in %n places.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: could not inspect the container (see Container below).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::DocumentActions</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::EdgeEditing</name>
    <message>
        <source>Remove Dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected requires or wants_info entry from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::EditDock</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ship, a service or an instance to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::EnvironmentView</name>
    <message>
        <source>running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ship(s)</source>
        <translation>
            <numerusform>%n ship</numerusform>
            <numerusform>%n ships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ExternalChangeBar</name>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the file from disk and drop your unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your edits; saving overwrites the file on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the file from disk and make your edits again on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk while you have unsaved edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving will overwrite the changes made to %1 on disk. Keep your edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) no longer apply:</source>
        <translation>
            <numerusform>%n edit no longer applies:</numerusform>
            <numerusform>%n edits no longer apply:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n typed change(s) could not be made again: type them again.</source>
        <translation>
            <numerusform>%n typed change could not be made again: type it again.</numerusform>
            <numerusform>%n typed changes could not be made again: type them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::FileViewer</name>
    <message>
        <source>Show File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::FindReplaceBar</name>
    <message>
        <source>Find and replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::GraphLayout</name>
    <message>
        <source>Graph layout: %1 node sizes for %2 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not create a graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not create node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph layout: edge %1 names an unknown node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not create edge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not lay out the dependency graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::GraphLayouter</name>
    <message>
        <source>The graph layout was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::GraphView</name>
    <message>
        <source>Dependency graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no graph to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode %1 as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services and their dependencies: solid lines are requires, dashed lines wants_info, dotted lines volumes_from. Drag from one service onto another to add a dependency (with Shift: wants_info); select a line and press Delete to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::HostKeyDialog</name>
    <message>
        <source>SSH host key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SSH host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The SSH server at %1 presents another key than the one recorded in known_hosts.&lt;/b&gt; Either the server was reinstalled or its key replaced, or someone is intercepting the connection. Trust the new key only if the server&apos;s administrator confirms this fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH server at %1 is not listed in known_hosts yet. Compare the fingerprint with the server&apos;s (&lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; on its host key) before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the key and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::InstanceActions</name>
    <message>
        <source>Copy Container &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container of %1 is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Shell Co&amp;mmand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::InstanceForm</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 of service %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from service %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::InstancePanels</name>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (all instances)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::LiveState</name>
    <message>
        <source>Ship %1 answers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::LogsView</name>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep reading new output as the container writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show when the daemon received each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many earlier lines to show before new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdout and stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdout only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stderr only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the lines shown so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an instance to see its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of %1 (stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the output of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the output of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) shown.</source>
        <translation>
            <numerusform>%n line shown.</numerusform>
            <numerusform>%n lines shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older line(s) dropped: the view keeps the newest %1.</source>
        <translation>
            <numerusform>%n older line dropped: the view keeps the newest %1.</numerusform>
            <numerusform>%n older lines dropped: the view keeps the newest %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes skipped while the view caught up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the output of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::MainWindow</name>
    <message>
        <source>The dependency graph could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maestro environments (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file no longer loads: showing the last version that did. See Diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maestro Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Maestro Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Maestro Desktop %1&lt;/h3&gt;&lt;p&gt;Multi-host Docker orchestration from the desktop, compatible with MaestroNG environment files.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] (stale) — Maestro Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Maestro Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::NewEnvironmentDialog</name>
    <message>
        <source>Local Docker (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCKER_HOST (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker context “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New file preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Docker daemon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ship name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Docker daemon found: no local socket, no DOCKER_HOST and no Docker context. Start Docker or create a context, then open this dialog again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Docker daemon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ship needs a name: letters, digits, “.”, “_” or “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file or open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New environment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::OriginBadge</name>
    <message>
        <source>Edit the anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the alias by a copy of what it names, to change it here only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the anchored value; this also changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::PlanPreviewDialog</name>
    <message>
        <source>With &amp;dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;use existing containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Plan Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances pulled in by dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also act on what the selection depends on (or, when stopping, on what depends on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not wait for dependencies: act on every step at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the image even when the ship already has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an existing stopped container instead of re-creating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also acts on %2 (dependencies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot run:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n step(s) in this order</source>
        <translation>
            <numerusform>%1: %n step in this order</numerusform>
            <numerusform>%1: %n steps in this order</numerusform>
        </translation>
    </message>
    <message>
        <source>ships touched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pulled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the &amp;last version that loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it depends on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it depends on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they depend on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they depend on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1 also stops %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killing %1 also kills %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting %1 also restarts %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1 also starts %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 of %2 has an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This uses the last version that loaded; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::RecentFilesMenu</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::RenameDialog</name>
    <message>
        <source>Rename Ship %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that change (the name and every reference to it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ReviewChangesDialog</name>
    <message>
        <source>Review changes before every save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saving writes these changes to %n file(s):</source>
        <translation>
            <numerusform>Saving writes these changes to %n file:</numerusform>
            <numerusform>Saving writes these changes to %n files:</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::RunController</name>
    <message>
        <source>A run is still in progress: cancel it or wait for it to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an environment file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply: no container is known to differ from the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::RunFeedback</name>
    <message>
        <source>Run finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::RunPanel</name>
    <message>
        <source>&amp;Cancel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has run yet. Select instances and choose Start, Stop, … from the Run menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %1: %n step(s)…</source>
        <translation>
            <numerusform>Running %1: %n step…</numerusform>
            <numerusform>Running %1: %n steps…</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop these containers (the plan preview shows what it does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started, but their checks failed: %1. Their containers may still run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop these containers, then remove them (each plan preview shows what it does)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ScalarField</name>
    <message>
        <source>Override here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the inherited value here, to change it for this one only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overridden in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ScreenshotDriver</name>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ServiceForm</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ServiceNodeItem</name>
    <message numerus="yes">
        <source>Service %1: %n instance(s)</source>
        <translation>
            <numerusform>Service %1: %n instance</numerusform>
            <numerusform>Service %1: %n instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ShipForm</name>
    <message>
        <source>Ship %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ship_defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::ShipsPanel</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;All Ships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test how the selected ship is reached, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test every ship in the background</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::StructureActions</name>
    <message>
        <source>Add a ship (a Docker host) to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a service to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an instance to the selected service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected instance under the next free name, with free host ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected ship, service or instance and every reference to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected ship, service or instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ship %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the service %1 with its %n instance(s)</source>
        <translation>
            <numerusform>the service %1 with its %n instance</numerusform>
            <numerusform>the service %1 with its %n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>the instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1: other parts of the file refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or change these references first, then delete it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else in the file refers to it. Its lines are removed from the file; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add S&amp;hip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;plicate Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::StructureNames</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name consists of letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot; and starts with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a ship called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a service called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an instance called %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::TableField</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the inherited row here, to change it for this one only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::TimelineView</name>
    <message>
        <source>Run timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet: the timeline of the last run is shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Gui::YamlViewDialog</name>
    <message>
        <source>Environment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File view notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — showing the text as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has changed and the problem this view pointed at (%1) is no longer reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last load did not read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Models::DiagnosticsModel</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Models::EnvironmentTreeModel</name>
    <message numerus="yes">
        <source>%1 of %n running</source>
        <translation>
            <numerusform>%1 of %n running</numerusform>
            <numerusform>%1 of %n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ship %1: %n instance(s)</source>
        <translation>
            <numerusform>Ship %1: %n instance</numerusform>
            <numerusform>Ship %1: %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service %1: %n instance(s)</source>
        <translation>
            <numerusform>Service %1: %n instance</numerusform>
            <numerusform>Service %1: %n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>Ship %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (differs from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container differs from the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Models::FormTableModel</name>
    <message>
        <source>overridden in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Models::FormTables</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1 → container %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Models::InstanceDetailsModel</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volumes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no container on the ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not inspect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the container matches the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from the configuration</source>
        <translation>
            <numerusform>%n difference from the configuration</numerusform>
            <numerusform>%n differences from the configuration</numerusform>
        </translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (differs from the container)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Models::InstanceInspection</name>
    <message>
        <source>no instance %1 in the environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Models::InstanceState</name>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped (killed after %1 s timeout)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Models::LifecycleChecksModel</name>
    <message>
        <source>tcp, http, exec, rexec or sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port, command or seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Models::LogBufferModel</name>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stderr: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stderr, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdout, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Models::RunModel</name>
    <message>
        <source>waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 s of %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; last error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Last error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Models::ShipsModel</name>
    <message>
        <source>testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker API error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers (live state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Orchestration::Plan</name>
    <message>
        <source>start order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for %1 (%2): nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan for %1 (%2): %n step(s)</source>
        <translation>
            <numerusform>Plan for %1 (%2): %n step</numerusform>
            <numerusform>Plan for %1 (%2): %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pulled in as dependencies</source>
        <translation>
            <numerusform>%n pulled in as a dependency</numerusform>
            <numerusform>%n pulled in as dependencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pulled in as dependents</source>
        <translation>
            <numerusform>%n pulled in as a dependent</numerusform>
            <numerusform>%n pulled in as dependents</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAITS FOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of the plan has no instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 appears more than once in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 waits for %2, which is not part of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency cycle in the plan: %1 (each instance waits for the next)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maestro::Orchestration::PlanRunner</name>
    <message>
        <source>No task to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started: cancelled by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started: aborted by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started: the run was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started: %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned while running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected exception in the task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected exception in the task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Maestro Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale environment warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter instances, services, ships…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a diagnostic to see its line in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an environment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the environment file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the environment file, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dependency graph as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by &amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group instances by service instead of by ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the environment tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole dependency graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Maestro Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected instances, services or ships (the whole environment when nothing is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selection (the whole environment when nothing is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull Images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the images of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lean…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stopped containers of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start nothing new and stop the running steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every ship for its containers now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the lifecycle checks of the selected running instances once (the whole environment when nothing is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the running containers of the selection whether their checks pass now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new environment file whose first ship is one of your Docker daemons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the containers that differ from the file, in dependency order, so that they run what the file says now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
