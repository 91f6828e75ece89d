<?xml version="1.0" encoding="UTF-8"?>
<!-- Boundaries notified by other executive bodies: slate blue dashed outline over a faint fill; Persian labels from 1:1,000,000. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>executive_boundaries</Name>
    <UserStyle>
      <Name>executive_boundaries</Name>
      <Title>Boundaries of other executive bodies / حریم دستگاه‌های اجرایی (slate blue dashes)</Title>
      <Abstract>Style of the mining cadastre layer executive_boundaries. Boundaries notified by other executive bodies: slate blue dashed outline over a faint fill; Persian labels from 1:1,000,000.</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>area</Name>
          <Title>Boundary of an executive body</Title>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#4A6FA5</CssParameter>
              <CssParameter name="fill-opacity">0.10</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#4A6FA5</CssParameter>
              <CssParameter name="stroke-width">1.5</CssParameter>
              <CssParameter name="stroke-dasharray">6 3</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>label</Name>
          <Title>Persian name (name_fa)</Title>
          <MaxScaleDenominator>1000000</MaxScaleDenominator>
          <TextSymbolizer>
            <Label><ogc:PropertyName>name_fa</ogc:PropertyName></Label>
            <Font>
              <CssParameter name="font-family">Noto Sans Arabic</CssParameter>
              <CssParameter name="font-family">DejaVu Sans</CssParameter>
              <CssParameter name="font-size">11</CssParameter>
              <CssParameter name="font-style">normal</CssParameter>
              <CssParameter name="font-weight">normal</CssParameter>
            </Font>
            <LabelPlacement>
              <PointPlacement>
                <AnchorPoint>
                  <AnchorPointX>0.5</AnchorPointX>
                  <AnchorPointY>0.5</AnchorPointY>
                </AnchorPoint>
              </PointPlacement>
            </LabelPlacement>
            <Halo>
              <Radius>1.5</Radius>
              <Fill>
                <CssParameter name="fill">#FFFFFF</CssParameter>
                <CssParameter name="fill-opacity">0.85</CssParameter>
              </Fill>
            </Halo>
            <Fill>
              <CssParameter name="fill">#2F4A73</CssParameter>
              <CssParameter name="fill-opacity">1</CssParameter>
            </Fill>
          </TextSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
