<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<!DOCTYPE html>
<html>
<head><title>Contact</title></head>
<body>
<h1>Visit us</h1>
<c:if test="${cookieConsent.maps}">
  <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2427.9974!2d13.3777!3d52.5163!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x47a851c655f20989%3A0x26bbfb4e84674c63!2sBrandenburger%20Tor!5e0!3m2!1sde!2sde!4v1700000000000!5m2!1sde!2sde" width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>
</c:if>
<c:if test="${not cookieConsent.maps}">
  <p><a href="https://www.google.com/maps/place/Brandenburger+Tor">Open in Google Maps</a></p>
</c:if>
</body>
</html>
