<footer class="site-footer">
	<p>&copy; <?php echo date( 'Y' ); ?> Acme</p>
</footer>
<?php if ( function_exists( 'cn_cookies_accepted' ) && cn_cookies_accepted() ) : ?>
	<!-- Hotjar Tracking Code for https://www.example-shop.com -->
	<script>
	    (function(h,o,t,j,a,r){
	        h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};
	        h._hjSettings={hjid:3871204,hjsv:6};
	        a=o.getElementsByTagName('head')[0];
	        r=o.createElement('script');r.async=1;
	        r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;
	        a.appendChild(r);
	    })(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
	</script>
<?php endif; ?>
<?php wp_footer(); ?>
</body>
</html>
